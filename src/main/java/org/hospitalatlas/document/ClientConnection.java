package org.hospitalatlas.document;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the client that waits for an answer has closed its connection. The servlet container says so only when it
 * writes to a broken connection, and an extraction writes nothing until it ends; so a running extraction asks.
 */
interface ClientConnection {

    /** Nobody to ask: work no client waits on. */
    ClientConnection UNKNOWN = () -> false;

    /** True once the client's connection is seen closed. Called from another thread than the request's. */
    boolean isGone();

    /**
     * The connection of a servlet request whose body has been read, once its asynchronous processing has started:
     * it puts the request's input in non-blocking mode (an empty {@link ReadListener}), in which
     * {@link ServletInputStream#available()} tries a read from the connection. After the body's last byte, that read
     * finds either nothing yet (the client waits: 0), or the end of the stream (the client closed its connection:
     * Tomcat then answers 1, that a read would not block). A client that pipelines a further request behind its
     * extraction is taken for gone too; HTTP clients do not pipeline requests with a body.
     */
    static ClientConnection of(HttpServletRequest request) {
        return new ClientConnection() {
            private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);
            private boolean listening;
            private boolean unsupported;

            @Override
            public boolean isGone() {
                if (unsupported || !request.isAsyncStarted()) {
                    return false;
                }
                try {
                    ServletInputStream input = request.getInputStream();
                    if (!listening) {
                        input.setReadListener(new ReadListener() {
                            @Override
                            public void onDataAvailable() {}

                            @Override
                            public void onAllDataRead() {}

                            @Override
                            public void onError(Throwable t) {}
                        });
                        listening = true;
                    }
                    return input.available() > 0;
                } catch (IOException e) {
                    return true; // the connection broke under the read
                } catch (RuntimeException e) {
                    // a container that does not allow it: the deadline still bounds the work
                    unsupported = true;
                    log.debug("Cannot watch the client's connection: {}", e.toString());
                    return false;
                }
            }
        };
    }
}
