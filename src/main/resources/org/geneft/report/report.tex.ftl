[#-- The verification report. Filled by org.geneft.report.ReportBuilder; every number comes from the run
     (interpolated, or read by pgfplots from data/*.csv). Square-bracket FreeMarker syntax; interpolations
     are escaped for LaTeX unless marked ?no_esc. --]
[#include "preamble.tex.ftl"]
\title{GenEFT: verification report}
\author{geneft verify, budget [=run.budget], seed [=run.seed]}
\date{[=run.started]}
\begin{document}
\maketitle
\thispagestyle{empty}
\vspace{-3ex}
This report checks every claim of \emph{GenEFT: Understanding Statics and Dynamics of Model Generalization via
Physics-Inspired Effective Theory} (Baek, Liu, Tegmark, 2025) symbolically (Symja),
numerically (Hipparchus), with static bounds (nauty) and empirically (the paper's autoencoder).
Verdicts on the [=findingCount] statements of the paper (findings; one statement checked several ways counts once):
[#list findingCounts as c][=c.count] [=c.verdict][#sep], [/#list]. By check ([=claims?size] checks):
[#list checkCounts as c][=c.count] [=c.verdict][#sep], [/#list].
The command was \texttt{[=run.command]}; Section~\ref{sec:reproducibility} says how to reproduce it.

\section{Principal findings}\label{sec:principal}
What the paper gets wrong or leaves unsaid, ranked by consequence: refutations first, then statements the
readings, methods or hypotheses leave undecided, then conditions the paper omits; within each, a headline law
before a derivation step, a figure's pattern, a formula and a misprint (README.md, ``Principal findings'').
Each entry gives the decisive evidence and what it rests on; the full numbers are in its section and in
\texttt{data/}.
{\small
\begin{enumerate}\setlength{\itemsep}{0.3ex}
[#list principal as p]
\item \textbf{[=p.idTex?no_esc]} ([=p.where]; \textcolor{v-[=p.verdictKey?no_esc]}{[=p.verdict]}; [=p.consequence]; [=p.basis]; \S\ref*{[=p.label?no_esc]}). [=p.statement]. \emph{[=p.decisive]}
[/#list]
\end{enumerate}
}
[#if confirmations?has_content]
Confirmed or reproduced: [#list confirmations as c][=c.part], [=c.count] statements[#if c.reproduced != "0"] ([=c.reproduced] reproduced at this budget only)[/#if]: [=c.places][#sep]. [/#list].
[/#if]
[#if open?has_content]
Neither confirmed nor refuted: [#list open as o][=o.idTex?no_esc] ([=o.verdict])[#sep], [/#list].
[/#if]

\section{Verdicts}\label{sec:verdicts}
One row per statement of the paper, grouped by the paper's parts in its order, with each method's verdict; a
statement backed by several checks names them, and where they disagree the row says so and the findings in words
give each check's evidence.
{\footnotesize\setlength{\tabcolsep}{3pt}
\begin{longtable}{>{\raggedright\arraybackslash}p{2.4cm}>{\raggedright\arraybackslash}p{4.4cm}>{\raggedright\arraybackslash}p{1.6cm}*{4}{>{\raggedright\arraybackslash}p{1.5cm}}>{\raggedright\arraybackslash}p{0.6cm}}
\caption{Verdict table: one row per statement of the paper, a column per method.}\label{tab:verdicts}\\
\toprule
finding & statement & paper & symbolic & numeric & static & empirical & \\
\midrule\endfirsthead
\toprule
finding & statement & paper & symbolic & numeric & static & empirical & \\
\midrule\endhead
\bottomrule\endfoot
[#list parts as p]
\multicolumn{8}{l}{\textbf{[=p.name]}}\\
[#list p.rows as r]
[=r.idTex?no_esc][#if r.checks?has_content] {\scriptsize([#list r.checks as c][=c?no_esc][#sep], [/#list])}[/#if] & [=r.statement][#if r.disagree] \textbf{([=r.verdict])}[/#if] & [=r.where] & [#list r.methods as m]\textcolor{v-[=m.key?no_esc]}{[=m.words]} & [/#list]\hyperref[[=r.label?no_esc]]{\S\ref*{[=r.label?no_esc]}}\\
[/#list]
[/#list]
\end{longtable}
}

\section{Findings in words}\label{sec:findings}
Every claim not plainly confirmed, with the conditions under which it holds, the deviations measured, or why it was
not checked, in one decisive line (the evidence in full is in \S\ref*{sec:evidence-full}). Where the paper's words admit several reasonable readings, each is judged on its own: a claim is
refuted only if refuted under every reading and confirmed only if confirmed under every one; otherwise it
\emph{depends on the reading}, and the evidence gives each reading's verdict. A claim whose hypothesis can never
hold is \emph{vacuous}, not refuted; one about what the authors did (which number they used) is \emph{not
checkable}, with what the choice would change.
\begin{description}
[#list findings as c]
\item[[=c.idTex?no_esc]] (\textcolor{v-[=c.verdictKey?no_esc]}{[=c.verdict]}; [=c.where]; see \S\ref*{[=c.label?no_esc]}) [=c.decisive][@full c/]
[/#list]
\end{description}

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
[#macro missing fig]
\begin{center}\fbox{\parbox{0.8\textwidth}{\centering No plot: [=fig.reason]}}\end{center}
[/#macro]

\section{Statics: how much data generalization needs}\label{sec:statics}
\subsection{Description lengths and automorphism groups}\label{sec:description-length}
The exact description length $b = \log_2(n!/|\mathrm{Aut}(G)|)$ of the paper's relations, with $|\mathrm{Aut}(G)|$ from
nauty's Traces, against Sec.~III's and Table~2's approximations.
[@verdicts "sec:description-length"/]

\subsection{Figure 2: the accuracy upper bound}\label{sec:fig2}
[#include "fig2.tex.ftl"]
[@verdicts "sec:fig2"/]

\subsection{Figure 3: accuracy against training fraction}\label{sec:fig3}
[#include "fig3.tex.ftl"]
[#include "fig3-legend.tex.ftl"]
[@verdicts "sec:fig3"/]

\subsection{Figure 7: the Goldilocks depth}\label{sec:fig7}
[#include "fig7.tex.ftl"]
[@verdicts "sec:fig7"/]

\section{Dynamics: the interacting repon theory}\label{sec:dynamics}
\subsection{Theorem 1: representations grouped by class}\label{sec:theorem1}
An embedding matters to a decoder only through which elements share a point, so every embedding of a few elements
is one set partition; each partition of small class structures is tried against the theorem's hypotheses (zero
training loss; a decoder injective, or injective in each argument) and its conclusion. Trained networks do not
meet the hypothesis (a tanh MLP decoder is not injective), so their embeddings are no test of the theorem; they test
instead the text after Eq. 12, that repon collision is necessary for generalization (Theorem 3's section).
[@verdicts "sec:theorem1"/]

\subsection{Figure 4: the repon phase portrait}\label{sec:fig4}
[#include "fig4.tex.ftl"]
[@verdicts "sec:fig4"/]

\subsection{Theorem 3: collision probability by Monte Carlo}\label{sec:theorem3}
[#include "theorem3.tex.ftl"]
[@verdicts "sec:theorem3"/]

\subsection{Figure 5: phase diagrams over the learning rates}\label{sec:fig5}
[#include "fig5.tex.ftl"]
[@verdicts "sec:fig5"/]

\subsection{Figure 6: probability of generalization against the ratio}\label{sec:fig6}
[#include "fig6.tex.ftl"]
[@verdicts "sec:fig6"/]

\subsection{Figure 8: weight decay}\label{sec:fig8}
[#include "fig8.tex.ftl"]
[@verdicts "sec:fig8"/]

\section{Derivations}\label{sec:derivations}
Each derivation of \texttt{proofs/} as Symja ran it: the claims, Symja's results in its own \TeX{} output, the
residual terms that must vanish for a claim to hold, and the conditions found.
[=derivations?no_esc]

[#if graph??]
[#include "graph.tex.ftl"]
[/#if]

\section{What geneft does not check}\label{sec:not-checked}
[#if (bySection["sec:not-checked"]![])?has_content]
[@verdicts "sec:not-checked"/]
[#else]
Every claim of the paper in the verdict table has a check in geneft; a claim marked \emph{not checked} there waits for
a sweep that did not run at this budget, or for a budget whose samples can decide it.
[/#if]
[#if (bySection["sec:evidence"]![])?has_content]
\section{Other evidence}\label{sec:evidence}
[@verdicts "sec:evidence"/]
[#else]
\label{sec:evidence}
[/#if]

\section{Evidence in full}\label{sec:evidence-full}
Every check's evidence as it ran, in the verdict table's order; the sections above give its decisive line, and
\texttt{verdicts.json} and \texttt{data/} the same numbers.
\begin{description}\small
[#list claims as c]
\item[[=c.idTex?no_esc]]\label{[=c.evLabel?no_esc]} (\textcolor{v-[=c.verdictKey?no_esc]}{[=c.verdict]}) [=c.evidence]
[/#list]
\end{description}

[#include "reproducibility.tex.ftl"]
\end{document}
