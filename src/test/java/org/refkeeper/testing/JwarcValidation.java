package org.refkeeper.testing;

import org.netpreserve.jwarc.HeaderValidator;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.tools.ValidateTool;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * jwarc's own WARC 1.1 validator, run as {@code jwarc validate} runs it. Its entry point is package-private
 * (the tool is meant for the command line, where it calls System.exit), hence the reflection.
 */
public final class JwarcValidation {
    private JwarcValidation() {
    }

    /** What {@code jwarc validate FILE} decides: every header, digest and Content-Length checked. */
    public static boolean validates(Path warc) throws ReflectiveOperationException {
        ValidateTool tool = new ValidateTool(false);
        Field headers = ValidateTool.class.getDeclaredField("headerValidator");
        headers.setAccessible(true);
        headers.set(tool, HeaderValidator.warc_1_1());
        Method validate = ValidateTool.class.getDeclaredMethod("validate", Path.class);
        validate.setAccessible(true);
        return (boolean) validate.invoke(tool, warc);
    }

    /** The header rule violations jwarc finds, record by record, for a readable failure message. */
    public static List<String> headerViolations(Path warc) throws IOException {
        List<String> violations = new ArrayList<>();
        HeaderValidator rules = HeaderValidator.warc_1_1();
        try (WarcReader reader = new WarcReader(warc)) {
            reader.onWarning(violations::add);
            for (WarcRecord record : reader) {
                rules.validate(record.headers()).forEach(v -> violations.add(record.type() + ": " + v));
            }
        }
        return violations;
    }
}
