package org.hospitalatlas.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to what never reaches the application — a request target with raw non-ASCII characters or bad
 * %-encoding, a request line or headers beyond Tomcat's limits, a missing Host — as problem+json with the
 * security headers, instead of Tomcat's HTML page. It echoes nothing of the request.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private final String contentSecurityPolicy;

    ProblemErrorReportValve(String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own report: nothing on success, nothing once a body is written or the error reported
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            SecurityHeadersFilter.apply(response, contentSecurityPolicy);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status, throwable));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer is already on its way: nothing more to say
        }
    }

    static String body(int status, Throwable throwable) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type = status == 400 ? "/problems/invalid-request" : "/problems/http-" + status;
        String detail = status == 400
                ? "The request is not valid HTTP: a request target must be ASCII with valid %-encoding (percent-encode"
                        + " anything else), and the request line with its headers must fit in 8 KB."
                : "The server could not answer this request.";
        String field = field(throwable);
        return "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\""
                + (field == null || status != 400
                        ? ""
                        : ",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"is not valid HTTP\"}]")
                + "}";
    }

    /** Which part of the request Tomcat refused, from its message (never echoed itself). */
    private static String field(Throwable throwable) {
        String message = throwable == null || throwable.getMessage() == null ? "" : throwable.getMessage();
        if (message.contains("request target") || message.contains("URI")) {
            return "request-target";
        }
        if (message.contains("header") || message.contains("Host")) {
            return "headers";
        }
        return "request";
    }
}
