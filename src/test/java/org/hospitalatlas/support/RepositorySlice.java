package org.hospitalatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A repository slice: a {@code @JdbcTest} context (a pool, {@code JdbcClient}, transactions and Flyway's check, no
 * JPA, web or services), on the test run's one PostgreSQL — not an in-memory stand-in, and not a second server
 * ({@link SliceDatabase}). The test imports the fragment it tests ({@code @Import(ConsortiumReadsImpl.class)}), and
 * each test runs in a transaction rolled back after it, so its fixture leaves nothing behind. Named {@code *IT}:
 * failsafe runs it, in the JVM whose integration tests started that PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = SliceDatabase.class)
public @interface RepositorySlice {}
