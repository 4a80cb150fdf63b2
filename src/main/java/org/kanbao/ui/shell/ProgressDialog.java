package org.kanbao.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kanbao.ui.common.Messages;
import org.kanbao.ui.common.Tasks;

/** A small window showing a long job's progress and message, with Cancel. Appears only if the job takes a while. */
final class ProgressDialog {
    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(-1);
    private final Label message = new Label();
    private final Button cancel = new Button(Messages.get("dialog.cancel"));
    private boolean closed;

    ProgressDialog(Window owner, String title) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        bar.setPrefWidth(360);
        message.setMinHeight(20);
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, new Label(title), bar, message, buttons);
        box.setPadding(new Insets(16));
        box.setId("progress-dialog");
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.setResizable(false);
    }

    void show(Tasks.Handle h) {
        bar.progressProperty().bind(h.progressProperty());
        message.textProperty().bind(h.messageProperty());
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            h.cancel();
            close();
        });
        // Quick jobs finish before the dialog would flash up.
        javafx.animation.PauseTransition delay = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
        delay.setOnFinished(e -> {
            if (!closed && h.runningProperty().get()) stage.show();
        });
        delay.play();
    }

    void close() {
        closed = true;
        stage.close();
    }
}
