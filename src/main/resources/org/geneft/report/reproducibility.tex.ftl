\section{Reproducibility}\label{sec:reproducibility}
Command: \texttt{[=run.command]}\\
Started [=run.started]; budget [=run.budget], seed [=run.seed], [=run.scope].
Every number above is in \texttt{data/*.csv} (plotted) or in \texttt{verdicts.json}; the same command with the same
seed gives the same numbers on any number of threads.

\paragraph{What the budget sets.}
\begin{tabular}{ll}
[#list run.sizes as s][=s.key] & [=s.value]\\
[/#list]
\end{tabular}

\paragraph{What each verdict rests on.} The protocol of every empirical, numeric and Monte Carlo verdict, as
\texttt{verdicts.json} gives it (\texttt{protocols}, named by each claim's \texttt{protocol}).
[#list run.protocols as p]

\noindent\textbf{[=p.name]}\\
\begin{tabular}{>{\raggedright\arraybackslash}p{3.5cm}>{\raggedright\arraybackslash}p{12cm}}
[#list p.fields as f][=f.key] & [=f.value]\\
[/#list]
\end{tabular}
[/#list]

\paragraph{Wall time of each stage.}
\begin{tabular}{lr}
[#list run.stages as s][=s.name] & [=s.seconds] s\\
[/#list]
\midrule
total before typesetting & [=run.total] s\\
\end{tabular}\\
(The time of the \LaTeX{} compilation itself is in \texttt{verdicts.json}, written after it.)

\paragraph{Software.}
\begin{tabular}{>{\raggedright\arraybackslash}p{3.5cm}>{\raggedright\arraybackslash}p{12cm}}
[#list run.versions as v][=v.key] & [=v.value]\\
[/#list]
\end{tabular}

\paragraph{Machine.}
\begin{tabular}{>{\raggedright\arraybackslash}p{3.5cm}>{\raggedright\arraybackslash}p{12cm}}
[#list run.machine as m][=m.key] & [=m.value]\\
[/#list]
\end{tabular}
