package org.hospitalatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scanner behind {@link SourceSizeTest}, on small sources written here, so that the size rule can fail. */
class SourceScannerTest {

    /** A method {@code name} whose body, from its opening to its closing brace, is {@code lines} lines long. */
    private static String method(String name, int lines) {
        StringBuilder text = new StringBuilder("    void " + name + "() {\n");
        for (int i = 0; i < lines - 2; i++) {
            text.append("        int x").append(i).append(" = ").append(i).append(";\n");
        }
        return text.append("    }\n").toString();
    }

    private static List<String> bodies(String source) {
        return SourceScanner.scan(source).bodies().stream()
                .map(body -> body.qualifiedName() + " " + body.lines())
                .toList();
    }

    private static Map<String, String> oversized(String source) {
        return SourceSizeTest.oversizedParts("A.java", SourceScanner.scan(source));
    }

    @Test
    void aMethodPastSixtyLinesIsFoundWithItsLengthAndAShortOneIsNot() {
        String source = "class A {\n" + method("longOne", 61) + method("shortOne", 60) + "}\n";

        assertThat(bodies(source)).containsExactly("A.longOne 61", "A.shortOne 60");
        assertThat(oversized(source)).containsOnlyKeys("A.java A.longOne");
        assertThat(oversized(source).get("A.java A.longOne")).isEqualTo("body of 61 lines at line 2");
    }

    @Test
    void bracesInStringsTextBlocksCommentsAndCharLiteralsAreIgnored() {
        String source = """
                class A {
                    // a comment with a brace {
                    /* and a block comment } { */
                    String open() {
                        String s = "{ \\" {";
                        char c = '{';
                        char q = '\\'';
                        char d = '"';
                        String block = \"""
                                { "{" \\\""" }
                                \""";
                        return s + c + q + d + block; // }
                    }
                    int after() {
                        return '}';
                    }
                }
                """;

        assertThat(bodies(source)).containsExactly("A.open 10", "A.after 3");
    }

    @Test
    void aSizeReasonInTheMethodsOwnCommentIsHonoured() {
        String source = "class A {\n"
                + "    /** Reads the table.\n     * Size: one table of 80 patterns, read as one. */\n"
                + "    @Deprecated\n"
                + method("withJavadoc", 70)
                + "    // Size: one switch over every record type\n"
                + method("withLineComment", 70)
                + "    int field; // Size: said of the field, not of the method below\n"
                + method("withoutReason", 70)
                + "    /** A method of its own, not a reason. */\n"
                + method("documentedOnly", 70)
                + "}\n";

        assertThat(oversized(source)).containsOnlyKeys("A.java A.withoutReason", "A.java A.documentedOnly");
    }

    @Test
    void recordComponentsAndClassHeadersAreNotMethodsButCompactConstructorsAre() {
        String source = """
                @SuppressWarnings({"unused", "rawtypes"})
                public record Point(@Deprecated(since = "1") int x, int y) implements Comparable<Point> {
                    public Point {
                        if (x < 0) {
                            throw new IllegalArgumentException();
                        }
                    }

                    Point(int both) {
                        this(both, both);
                    }

                    @Override
                    public int compareTo(Point other) {
                        return Integer.compare(x, other.x);
                    }
                }
                """;

        assertThat(bodies(source)).containsExactly("Point.Point 5", "Point.Point 3", "Point.compareTo 3");
        assertThat(SourceScanner.scan(source).types())
                .extracting(SourceScanner.TopLevelType::name)
                .containsExactly("Point");
    }

    @Test
    void nestedTypesNameTheirMethodsAndBlocksThatAreNoMethodsAreNotCounted() {
        String source = """
                import java.util.List;

                final class Outer {
                    static final int[] TABLE = {1, 2, 3};
                    static final Runnable TASK = () -> {
                        System.out.println();
                    };
                    static final Object ANONYMOUS = new Object() {
                        @Override
                        public String toString() {
                            return "anonymous";
                        }
                    };

                    static {
                        System.out.println();
                    }

                    enum Kind {
                        PLAIN,
                        SPECIAL(2) {
                            @Override
                            int weight() {
                                return 2;
                            }
                        };

                        Kind() {}

                        Kind(int weight) {}

                        int weight() {
                            return 1;
                        }
                    }

                    interface Reader {
                        String read() throws java.io.IOException;

                        default <T extends Comparable<T>> List<T> sorted(List<T> list) throws IllegalStateException {
                            return list.stream().sorted().toList();
                        }
                    }
                }
                """;

        assertThat(bodies(source))
                .containsExactly(
                        "Outer.Kind.SPECIAL.weight 3",
                        "Outer.Kind.Kind 1",
                        "Outer.Kind.Kind 1",
                        "Outer.Kind.weight 3",
                        "Outer.Reader.sorted 3");
    }

    @Test
    void aFilePastThreeHundredLinesIsFoundUnlessItsTypeGivesAReason() {
        String longBody = "class A {\n" + "    int field;\n".repeat(300) + "}\n";

        assertThat(SourceScanner.scan(longBody).lines()).isEqualTo(302);
        assertThat(oversized(longBody)).containsExactly(Map.entry("A.java", "302 lines"));
        assertThat(oversized("package p;\n\nimport java.util.List;\n\n/**\n * Size: one declarative table.\n */\n"
                        + longBody))
                .isEmpty();
        assertThat(oversized("class A {\n" + "    int field;\n".repeat(298) + "}\n"))
                .isEmpty();
    }

    @Test
    void unbalancedBracesFailInsteadOfMeasuringWrongly() {
        assertThatThrownBy(() -> SourceScanner.scan("class A {\n    void m() {\n}\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> SourceScanner.scan("class A {}\n}\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2");
    }
}
