package org.geneft.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for LaTeX: every interpolation is escaped by {@link Latex#escape}
 * unless the template says {@code ?no_esc} (TeX produced by Symja or by geneft itself).
 */
final class LatexOutputFormat extends CommonMarkupOutputFormat<LatexOutputFormat.Model> {

    static final LatexOutputFormat INSTANCE = new LatexOutputFormat();

    private LatexOutputFormat() { }

    @Override
    public String getName() {
        return "LaTeX";
    }

    @Override
    public String getMimeType() {
        return "application/x-latex";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(Latex.escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return Latex.escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** A piece of LaTeX inside a template. */
    static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public LatexOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
