package org.kanbao.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first enters their node. Each Tooltip is a popup control with its own scene and
 * style pass; made up front for every tool button, they were about a fifth of building the main window (measured
 * with JFR before the first window). The text is also the node's accessible help, set at once.
 */
public final class Tips {
    private Tips() {
    }

    public static void lazy(Node node, String text) {
        node.setAccessibleHelp(text);
        onFirstEntry(node, () -> {
            Tooltip tip = new Tooltip(text);
            if (node instanceof Control c) {
                c.setTooltip(tip);
            } else {
                Tooltip.install(node, tip);
            }
        });
    }

    /** A tip that follows a changing text, e.g. the whole of a label that may be cut short. */
    public static void lazy(Control control, ObservableValue<String> text) {
        control.accessibleHelpProperty().bind(text);
        onFirstEntry(control, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(text);
            control.setTooltip(tip);
        });
    }

    private static void onFirstEntry(Node node, Runnable make) {
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                make.run();
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, once);
    }
}
