package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The division names {@link AdministrativeDivisions} looks for in a text, character by character: at a position, the
 * longest name that starts there and its divisions (in the order of preference). Filled once, then only read.
 */
final class DivisionNameTrie {

    /** The divisions of the longest name found at a position, and where that name ends. */
    record Found(List<Division> divisions, int end) {}

    /** Indexed by the first character of a name; the nodes below it hold the rest. */
    private final TrieNode[] roots = new TrieNode[Character.MAX_VALUE + 1];

    /** The longest name starting at {@code i} in {@code text}, or null when none does. */
    Found longestAt(String text, int i) {
        int length = text.length();
        TrieNode node = roots[text.charAt(i)];
        List<Division> found = null;
        int end = -1;
        for (int j = i + 1; node != null; j++) {
            if (node.divisions != null) {
                found = node.divisions;
                end = j;
            }
            node = j < length ? node.child(text.charAt(j)) : null;
        }
        return found == null ? null : new Found(found, end);
    }

    /** Adds {@code name} for {@code d}; the divisions sharing a name stay in the order of preference. */
    void add(String name, Division d) {
        if (name.isEmpty()) {
            return;
        }
        TrieNode node = roots[name.charAt(0)];
        if (node == null) {
            node = new TrieNode();
            roots[name.charAt(0)] = node;
        }
        for (int k = 1; k < name.length(); k++) {
            node = node.childOrAdd(name.charAt(k));
        }
        node.divisions =
                node.divisions == null ? List.of(d) : AdministrativeDivisions.sortedDistinct(concat(node.divisions, d));
    }

    private static List<Division> concat(List<Division> list, Division d) {
        List<Division> all = new ArrayList<>(list);
        all.add(d);
        return all;
    }

    /** A trie node; children kept in sorted arrays (a few per node) and found by binary search. */
    private static final class TrieNode {
        private char[] keys = new char[0];
        private TrieNode[] children = new TrieNode[0];
        private List<Division> divisions;

        TrieNode child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        TrieNode childOrAdd(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] newKeys = new char[keys.length + 1];
            TrieNode[] newChildren = new TrieNode[children.length + 1];
            System.arraycopy(keys, 0, newKeys, 0, at);
            System.arraycopy(children, 0, newChildren, 0, at);
            newKeys[at] = c;
            newChildren[at] = new TrieNode();
            System.arraycopy(keys, at, newKeys, at + 1, keys.length - at);
            System.arraycopy(children, at, newChildren, at + 1, children.length - at);
            keys = newKeys;
            children = newChildren;
            return newChildren[at];
        }
    }
}
