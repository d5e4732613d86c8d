package org.hospitalatlas.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.hospitalatlas.database.DataVersion;
import org.springframework.http.HttpHeaders;

/**
 * An API read's answer on its way out, unbuffered, given its ETag and Last-Modified ({@link VersionedEtagFilter}) at the
 * moment it is committed — its first byte, a flush, or its end — if its status is 200 then. An answer that turned into
 * a problem before that carries neither, as when the whole body was buffered to decide.
 */
final class TaggedResponse extends HttpServletResponseWrapper {

    private final String etag;
    private final DataVersion.Snapshot snapshot;
    private boolean decided;
    private ServletOutputStream output;
    private PrintWriter writer;

    TaggedResponse(HttpServletResponse response, String etag, DataVersion.Snapshot snapshot) {
        super(response);
        this.etag = etag;
        this.snapshot = snapshot;
    }

    /** After the chain: an answer with no body is tagged now (an asynchronous one when it is written). */
    void complete(HttpServletRequest request) {
        if (!request.isAsyncStarted()) {
            tag();
        }
    }

    private void tag() {
        if (decided) {
            return;
        }
        decided = true;
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (!response.isCommitted() && response.getStatus() == HttpServletResponse.SC_OK) {
            response.setHeader(HttpHeaders.ETAG, etag);
            if (snapshot.lastModified() != null) {
                response.setDateHeader(
                        HttpHeaders.LAST_MODIFIED, snapshot.lastModified().toEpochMilli());
            }
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (output == null) {
            output = new TaggingOutputStream(super.getOutputStream());
        }
        return output;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new TaggingWriter(super.getWriter()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        tag();
        super.flushBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        decided = false; // headers and status start again; so does the decision
    }

    private final class TaggingOutputStream extends ServletOutputStream {

        private final ServletOutputStream target;

        TaggingOutputStream(ServletOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            tag();
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            tag();
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            tag();
            target.flush();
        }

        @Override
        public void close() throws IOException {
            tag();
            target.close();
        }

        @Override
        public boolean isReady() {
            return target.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            target.setWriteListener(listener);
        }
    }

    private final class TaggingWriter extends Writer {

        private final PrintWriter target;

        TaggingWriter(PrintWriter target) {
            this.target = target;
        }

        @Override
        public void write(char[] buffer, int off, int len) {
            tag();
            target.write(buffer, off, len);
        }

        @Override
        public void write(String text, int off, int len) {
            tag();
            target.write(text, off, len);
        }

        @Override
        public void flush() {
            tag();
            target.flush();
        }

        @Override
        public void close() {
            tag();
            target.close();
        }
    }
}
