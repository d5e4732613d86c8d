package org.hospitalatlas.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.support.CompareFixture;
import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A compare's hospitals are named from labels kept per data version: read once, not again while the version stands,
 * read anew as soon as a committed write moves it; an unknown slug is the same not-found as ever.
 */
@IntegrationTest
class HospitalLabelsIT {

    @Autowired
    HospitalLabels labels;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void labelsAreKeptWhileTheDataVersionStandsAndReadAgainWhenAWriteMovesIt() throws SQLException {
        CompareFixture.ensure(jdbc);
        String name = nameOf(CompareFixture.ALPHA);
        try {
            assertThat(labels.requireAllKept(List.of(CompareFixture.GAMMA, CompareFixture.ALPHA, CompareFixture.GAMMA)))
                    .extracting(h -> h.label().slug(), h -> h.label().name())
                    .containsExactly(
                            tuple(CompareFixture.GAMMA, nameOf(CompareFixture.GAMMA)),
                            tuple(CompareFixture.ALPHA, name),
                            tuple(CompareFixture.GAMMA, nameOf(CompareFixture.GAMMA)));

            renameWithoutMovingTheVersion(CompareFixture.ALPHA, "不记版本的改名");
            assertThat(labels.requireAllKept(List.of(CompareFixture.ALPHA))
                            .get(0)
                            .label()
                            .name())
                    .as("kept: the register is not read again while the version stands")
                    .isEqualTo(name);
            assertThat(labels.requireAll(List.of(CompareFixture.ALPHA))
                            .get(0)
                            .label()
                            .name())
                    .as("what the register says now")
                    .isEqualTo("不记版本的改名");

            rename(CompareFixture.ALPHA, "记版本的改名");
            assertThat(labels.requireAllKept(List.of(CompareFixture.ALPHA))
                            .get(0)
                            .label()
                            .name())
                    .as("a committed write moves the version: read again")
                    .isEqualTo("记版本的改名");
        } finally {
            rename(CompareFixture.ALPHA, name);
        }
        assertThat(labels.requireAllKept(List.of(CompareFixture.ALPHA))
                        .get(0)
                        .label()
                        .name())
                .isEqualTo(name);
    }

    @Test
    void anUnknownSlugIsTheNotFoundOfTheRegister() {
        CompareFixture.ensure(jdbc);
        List<String> slugs = List.of(CompareFixture.ALPHA, CompareFixture.ALPHA + "x", "cmp-alph");
        Throwable expected = catchThrowable(() -> labels.requireAll(slugs));
        assertThat(expected).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> labels.requireAllKept(slugs))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(expected.getMessage());
        assertThatThrownBy(() -> labels.requireAllKept(slugs))
                .as("unknown slugs are not kept")
                .hasMessage(expected.getMessage());
    }

    private String nameOf(String slug) {
        return jdbc.sql("select name_zh from hospital where slug = :slug")
                .param("slug", slug)
                .query(String.class)
                .single();
    }

    private void rename(String slug, String name) {
        rename(jdbc, slug, name);
    }

    /** A committed change the data version does not see: the triggers that move it are off for this session. */
    private void renameWithoutMovingTheVersion(String slug, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            try {
                rename(JdbcClient.create(new SingleConnectionDataSource(connection, true)), slug, name);
            } finally {
                statement.execute("set session_replication_role = default");
            }
        }
    }

    private static void rename(JdbcClient on, String slug, String name) {
        on.sql("update hospital set name_zh = :name where slug = :slug")
                .param("name", name)
                .param("slug", slug)
                .update();
    }
}
