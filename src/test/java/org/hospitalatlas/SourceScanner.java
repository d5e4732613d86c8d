package org.hospitalatlas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a Java source for {@link SourceSizeTest}: its length in lines, its top-level types and the body of every
 * method and constructor, each with the comment written just above it. Not a parser: braces are matched in the code
 * left once comments, string literals, text blocks and char literals are blanked out, and what a brace opens is told
 * from the code before it. Inside a method nothing is classified (a lambda or local class counts as the method's
 * lines); initializer blocks, field initializers and annotation arrays are not methods.
 */
final class SourceScanner {

    private SourceScanner() {}

    /** A method's or constructor's body: from the line of its opening brace to that of its closing brace. */
    record Body(String owner, String name, int firstLine, int lines, String comment) {

        String qualifiedName() {
            return owner + "." + name;
        }
    }

    /** A type declared at the top of the file, and the comment just above it (its Javadoc, {@code //} lines). */
    record TopLevelType(String name, String comment) {}

    /** What {@link #scan} found: the file's lines, its top-level types, and its methods' and constructors' bodies. */
    record Scan(int lines, List<TopLevelType> types, List<Body> bodies) {}

    private enum Kind {
        TYPE,
        ENUM,
        METHOD,
        OTHER
    }

    /** An open brace: what it opens, its name when it is a type or method, where, and the comment above it. */
    private static final class Frame {
        final Kind kind;
        final String name;
        final int open;
        final String comment;
        /** For an enum: still among its constants (before the first {@code ;} of its body). */
        boolean inConstants;

        Frame(Kind kind, String name, int open, String comment) {
            this.kind = kind;
            this.name = name;
            this.open = open;
            this.comment = comment;
            this.inConstants = kind == Kind.ENUM;
        }
    }

    private record Comment(int start, int end, String text) {}

    private static final Pattern TYPE_HEADER =
            Pattern.compile("(?:^|[^\\w$.])(class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern LAST_IDENTIFIER = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*$");
    private static final Pattern THROWS_CLAUSE = Pattern.compile("\\)\\s*throws\\s+[\\w$.<>,\\s]+$");
    private static final Pattern COMPACT_CONSTRUCTOR =
            Pattern.compile("^(?:@[\\w$.]+\\s*)*(?:(?:public|protected|private)\\s+)?([A-Za-z_$][\\w$]*)$");
    private static final Set<String> NOT_A_METHOD_NAME =
            Set.of("if", "for", "while", "switch", "catch", "synchronized", "try", "new", "return");

    static Scan scan(String source) {
        List<Comment> comments = new ArrayList<>();
        String code = blankedOut(source, comments);
        int[] lineOf = lines(source);
        List<TopLevelType> types = new ArrayList<>();
        List<Body> bodies = new ArrayList<>();
        Deque<Frame> frames = new ArrayDeque<>();
        int headerStart = 0;
        int parens = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == ';') {
                if (parens == 0) {
                    Frame top = frames.peek();
                    if (top != null) {
                        top.inConstants = false; // an enum's constants end at its body's first ';'
                    }
                    headerStart = i + 1;
                }
            } else if (c == '{') {
                String comment = commentAbove(source, comments, headerStart, i);
                Frame frame = opened(code.substring(headerStart, i).strip(), frames.peek(), parens, i, comment);
                if (frames.isEmpty() && (frame.kind == Kind.TYPE || frame.kind == Kind.ENUM)) {
                    types.add(new TopLevelType(frame.name, comment));
                }
                frames.push(frame);
                if (parens == 0) {
                    headerStart = i + 1;
                }
            } else if (c == '}') {
                if (frames.isEmpty()) {
                    throw new IllegalStateException("a '}' closes nothing at line " + lineOf[i]);
                }
                Frame frame = frames.pop();
                if (frame.kind == Kind.METHOD) {
                    int first = lineOf[frame.open];
                    bodies.add(new Body(owner(frames), frame.name, first, lineOf[i] - first + 1, frame.comment));
                }
                if (parens == 0) {
                    headerStart = i + 1;
                }
            }
        }
        if (!frames.isEmpty()) {
            throw new IllegalStateException("a '{' at line " + lineOf[frames.peek().open] + " is never closed");
        }
        return new Scan(lineOf[source.length()], types, bodies);
    }

    /** What the brace at {@code open} opens, told from the code since the last {@code ;}, {@code {} or {@code }}. */
    private static Frame opened(String header, Frame enclosing, int parens, int open, String comment) {
        boolean inTypeBody = enclosing == null || enclosing.kind == Kind.TYPE || enclosing.kind == Kind.ENUM;
        if (!inTypeBody) {
            return new Frame(Kind.OTHER, "", open, ""); // inside a method, a field initializer or an initializer
        }
        if (parens > 0) {
            return new Frame(Kind.OTHER, "", open, ""); // an annotation's array, a lambda among arguments
        }
        if (enclosing != null && enclosing.inConstants) {
            // an enum constant's own class body: its methods belong to the constant
            Matcher constant = LAST_IDENTIFIER.matcher(withoutTrailingArguments(header));
            return new Frame(Kind.TYPE, constant.find() ? constant.group(1) : "constant", open, comment);
        }
        Matcher type = TYPE_HEADER.matcher(header);
        if (type.find()) {
            return new Frame(type.group(1).equals("enum") ? Kind.ENUM : Kind.TYPE, type.group(2), open, comment);
        }
        String method = methodName(header);
        if (method != null) {
            return new Frame(Kind.METHOD, method, open, comment);
        }
        Matcher compact = COMPACT_CONSTRUCTOR.matcher(header);
        if (enclosing != null && compact.matches() && compact.group(1).equals(enclosing.name)) {
            return new Frame(Kind.METHOD, enclosing.name, open, comment); // a record's compact constructor
        }
        return new Frame(Kind.OTHER, "", open, ""); // an initializer block, an array or anonymous class in a field
    }

    /** The name of the method or constructor declared by {@code header}, or null when it declares none. */
    private static String methodName(String header) {
        Matcher throwsClause = THROWS_CLAUSE.matcher(header);
        String signature = throwsClause.find() ? header.substring(0, throwsClause.start() + 1) : header;
        if (!signature.endsWith(")") || assignsAtTopLevel(signature)) {
            return null;
        }
        int parameters = matchingOpenParen(signature, signature.length() - 1);
        if (parameters < 0) {
            return null;
        }
        Matcher name = LAST_IDENTIFIER.matcher(signature.substring(0, parameters));
        if (!name.find() || NOT_A_METHOD_NAME.contains(name.group(1))) {
            return null;
        }
        String before = signature.substring(0, name.start()).strip();
        return before.endsWith("new") ? null : name.group(1);
    }

    /** An enum constant's header without its arguments: "A(1, 2)" → "A". */
    private static String withoutTrailingArguments(String header) {
        if (!header.endsWith(")")) {
            return header;
        }
        int open = matchingOpenParen(header, header.length() - 1);
        return open < 0 ? header : header.substring(0, open);
    }

    /** A {@code =} outside parentheses: a field initialised with an anonymous class, not a method. */
    private static boolean assignsAtTopLevel(String header) {
        int depth = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    private static int matchingOpenParen(String text, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String owner(Deque<Frame> frames) {
        List<String> names = new ArrayList<>();
        frames.descendingIterator().forEachRemaining(frame -> names.add(frame.name));
        return String.join(".", names);
    }

    /**
     * The comments between the end of the previous declaration or statement and the brace, but not one trailing
     * that end on its own line ("int x; // note" belongs to the field).
     */
    private static String commentAbove(String source, List<Comment> comments, int headerStart, int brace) {
        int previousLineEnd = headerStart == 0 ? 0 : source.indexOf('\n', headerStart - 1);
        int from = previousLineEnd < 0 ? brace : Math.max(headerStart, previousLineEnd);
        StringBuilder text = new StringBuilder();
        for (Comment comment : comments) {
            if (comment.start() >= from && comment.end() <= brace) {
                text.append(comment.text()).append('\n');
            }
        }
        return text.toString();
    }

    /**
     * The source with every comment, string literal, text block and char literal replaced by spaces (line breaks
     * kept, so offsets and line numbers stay those of the source); the comments are added to {@code comments}.
     */
    private static String blankedOut(String source, List<Comment> comments) {
        char[] code = source.toCharArray();
        int n = source.length();
        int i = 0;
        while (i < n) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                comments.add(new Comment(i, end, source.substring(i, end)));
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                comments.add(new Comment(i, end, source.substring(i, end)));
            } else if (source.startsWith("\"\"\"", i)) {
                end = endOfTextBlock(source, i + 3);
            } else if (code[i] == '"' || code[i] == '\'') {
                end = endOfLiteral(source, i + 1, code[i]);
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (code[j] != '\n') {
                    code[j] = ' ';
                }
            }
            i = end;
        }
        return new String(code);
    }

    private static int endOfTextBlock(String source, int from) {
        for (int j = from; j < source.length(); j++) {
            if (source.charAt(j) == '\\') {
                j++;
            } else if (source.startsWith("\"\"\"", j)) {
                return j + 3;
            }
        }
        return source.length();
    }

    private static int endOfLiteral(String source, int from, char quote) {
        for (int j = from; j < source.length(); j++) {
            char c = source.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == quote || c == '\n') {
                return j + 1;
            }
        }
        return source.length();
    }

    /** The 1-based line of each offset of {@code source}; the last entry is the file's number of lines. */
    private static int[] lines(String source) {
        int[] lines = new int[source.length() + 1];
        int line = 1;
        for (int i = 0; i < source.length(); i++) {
            lines[i] = line;
            if (source.charAt(i) == '\n' && i + 1 < source.length()) {
                line++;
            }
        }
        lines[source.length()] = line;
        return lines;
    }
}
