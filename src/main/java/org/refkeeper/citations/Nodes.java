package org.refkeeper.citations;

import org.commonmark.node.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The nodes of a parsed note that a post-processor changes, found before it changes the tree under them. */
final class Nodes {
    private Nodes() {
    }

    /** Every node of {@code type} under {@code root}, in the order of the note. */
    static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (type.isInstance(node)) {
                out.add(type.cast(node));
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                todo.push(child);
            }
        }
        return out;
    }
}
