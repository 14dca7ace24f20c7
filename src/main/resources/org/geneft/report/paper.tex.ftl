[#-- The verification report of a paper other than GenEFT. Filled by org.geneft.report.PaperReport; each section's
     text and figures come from the paper's own template (figures.* holds its data). Square-bracket FreeMarker syntax;
     interpolations are escaped for LaTeX unless marked ?no_esc. --]
[#include "preamble.tex.ftl"]
\title{[=paper.title]}
\author{geneft verify, budget [=run.budget], seed [=run.seed]}
\date{[=run.started]}
\begin{document}
\maketitle
\thispagestyle{empty}
\vspace{-3ex}
This report checks the claims of [=paper.citation] symbolically (Symja), numerically (Hipparchus), by exact
combinatorics and Monte Carlo, and empirically where a trained model is needed.
Verdicts by check ([=claims?size] checks): [#list checkCounts as c][=c.count] [=c.verdict][#sep], [/#list].
The command was \texttt{[=run.command]}; Section~\ref{sec:reproducibility} says how to reproduce it.

\section{Verdicts}\label{sec:verdicts}
One row per check, grouped by the part of the paper whose evidence it rests on, with its method's verdict.
{\footnotesize\setlength{\tabcolsep}{3pt}
\begin{longtable}{>{\raggedright\arraybackslash}p{2.6cm}>{\raggedright\arraybackslash}p{4.4cm}>{\raggedright\arraybackslash}p{1.6cm}*{4}{>{\raggedright\arraybackslash}p{1.4cm}}>{\raggedright\arraybackslash}p{0.6cm}}
\caption{Verdict table: one row per check, a column per method.}\label{tab:verdicts}\\
\toprule
check & statement & paper & symbolic & numeric & static & empirical & \\
\midrule\endfirsthead
\toprule
check & statement & paper & symbolic & numeric & static & empirical & \\
\midrule\endhead
\bottomrule\endfoot
[#list groups as g]
\multicolumn{8}{l}{\textbf{[=g.name]}}\\
[#list g.rows as r]
[=r.idTex?no_esc] & [=r.statement] & [=r.where] & [#list r.methods as m]\textcolor{v-[=m.key?no_esc]}{[=m.words]} & [/#list]\hyperref[[=r.label?no_esc]]{\S\ref*{[=r.label?no_esc]}}\\
[/#list]
[/#list]
\end{longtable}
}

\section{Findings in words}\label{sec:findings}
Every checked claim not plainly confirmed, with the conditions under which it holds or the deviation measured, in
one decisive line (the evidence in full is in \S\ref*{sec:evidence-full}).
[#if findings?has_content]
\begin{description}
[#list findings as c]
\item[[=c.idTex?no_esc]] (\textcolor{v-[=c.verdictKey?no_esc]}{[=c.verdict]}; [=c.where]; see \S\ref*{[=c.label?no_esc]}) [=c.decisive][@full c/]
[/#list]
\end{description}
[#else]
Every checked claim is confirmed.
[/#if]

[#macro verdicts label]
[#if (bySection[label]![])?has_content]
\paragraph{Verdicts resting on this section.}
\begin{itemize}
[#list bySection[label] as c]
\item \textbf{[=c.idTex?no_esc]} (\textcolor{v-[=c.verdictKey?no_esc]}{[=c.verdict]}, [=c.method]; [=c.where]): [=c.statement]. \emph{Decisive:} [=c.decisive][@full c/]
[/#list]
\end{itemize}
[/#if]
[/#macro]
[#macro full c][#if c.shortened] (\hyperref[[=c.evLabel?no_esc]]{in full: \S\ref*{sec:evidence-full}})[/#if][/#macro]

[#list sections as s]
\section{[=s.title]}\label{[=s.label?no_esc]}
[#if s.template?has_content][#include s.template][/#if]
[@verdicts s.label/]

[/#list]
\section{Derivations}\label{sec:derivations}
Each derivation of \texttt{[=paper.proofs]} as Symja ran it: the claims, Symja's results in its own \TeX{} output,
the residual terms that must vanish for a claim to hold, and the conditions found.
[=derivations?no_esc]

\section{What geneft does not check}\label{sec:not-checked}
[#if (bySection["sec:not-checked"]![])?has_content]
Each claim below has no check yet, or none a CPU verifier can run; the reason is given.
[@verdicts "sec:not-checked"/]
[#else]
Every claim of the paper in the verdict table has a check.
[/#if]

\section{Evidence in full}\label{sec:evidence-full}
Every check's evidence as it ran, in the verdict table's order; \texttt{verdicts.json} and \texttt{data/} hold the
same numbers.
\begin{description}\small
[#list claims as c]
\item[[=c.idTex?no_esc]]\label{[=c.evLabel?no_esc]} (\textcolor{v-[=c.verdictKey?no_esc]}{[=c.verdict]}) [=c.evidence]
[/#list]
\end{description}

[#include "reproducibility.tex.ftl"]
\end{document}
