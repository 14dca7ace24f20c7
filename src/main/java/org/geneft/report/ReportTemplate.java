package org.geneft.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The reports' LaTeX templates (resources under org/geneft: the shared ones in report/, a paper's own in its
 * package's folder, e.g. grokking/), filled by FreeMarker; names are relative to org/geneft. Square-bracket
 * tags and interpolations ({@code [#if]}, {@code [=x]}) leave LaTeX's braces and dollars alone, and
 * every interpolation is escaped for LaTeX unless the template marks it {@code ?no_esc}.
 */
final class ReportTemplate {
    private static final Configuration CONFIG = configuration();

    private ReportTemplate() { }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_33);
        c.setClassLoaderForTemplateLoading(ReportTemplate.class.getClassLoader(), "org/geneft");
        c.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        c.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        c.setOutputFormat(LatexOutputFormat.INSTANCE);
        c.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        c.setDefaultEncoding("UTF-8");
        // A template error is a bug of geneft: fail loudly rather than print an error into the report.
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("computer");
        c.setLocale(java.util.Locale.ROOT);
        return c;
    }

    static String render(String name, Map<String, Object> model) {
        try {
            Template t = CONFIG.getTemplate(name);
            StringWriter w = new StringWriter();
            t.process(model, w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report template " + name + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the report template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
