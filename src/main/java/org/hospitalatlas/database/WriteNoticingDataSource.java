package org.hospitalatlas.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource, noticing its own writes: a connection that ran a statement (or reached for the
 * driver, as COPY does) while not read-only drops the kept data version right after it commits or is closed, so that
 * a write this process answered is never followed by an answer tagged with the version before it — without waiting
 * for the notification (V080) that tells every other instance. Read-only transactions, which is what API reads are,
 * drop nothing.
 */
class WriteNoticingDataSource extends DelegatingDataSource {

    private static final Set<String> STATEMENTS =
            Set.of("createStatement", "prepareStatement", "prepareCall", "unwrap");

    private final DataVersionCache cache;

    WriteNoticingDataSource(DataSource target, DataVersionCache cache) {
        super(target);
        this.cache = cache;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return noticing(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return noticing(obtainTargetDataSource().getConnection(username, password));
    }

    private Connection noticing(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Noticing(connection));
    }

    private final class Noticing implements InvocationHandler {

        private final Connection target;
        private boolean mayHaveWritten;

        Noticing(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (STATEMENTS.contains(name) && !target.isReadOnly()) {
                mayHaveWritten = true;
            }
            try {
                return switch (name) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "WriteNoticing[" + target + "]";
                    default -> method.invoke(target, args);
                };
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            } finally {
                // after the commit (or the close that ends an auto-committed statement), failed or not: a drop too
                // many costs one read of the version, one too few would serve a stale one
                if (mayHaveWritten && (name.equals("commit") || name.equals("close"))) {
                    mayHaveWritten = false;
                    cache.drop();
                }
            }
        }
    }
}
