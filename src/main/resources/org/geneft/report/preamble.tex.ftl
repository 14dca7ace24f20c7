[#-- The reports' shared LaTeX preamble: packages, pgfplots styles, the verdicts' colours. --]
\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\usepackage[margin=2cm]{geometry}
\usepackage{amsmath,amssymb}
\usepackage{array,longtable,booktabs}
\usepackage{xcolor}
\usepackage{pgfplots}
\pgfplotsset{compat=1.18}
\usepackage[hidelinks]{hyperref}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.5ex}
% Select the rows of one series from a tidy table: rows whose column #1 is not #2 are dropped.
\pgfplotsset{discard if not/.style 2 args={x filter/.append code={%
  \edef\tempa{\thisrow{#1}}\edef\tempb{#2}\ifx\tempa\tempb\else\def\pgfmathresult{inf}\fi}},
  every axis/.append style={unbounded coords=discard, font=\footnotesize},
  phases/.style={only marks, scatter, mark size=1.6pt, scatter src=explicit symbolic,
    scatter/classes={generalization={mark=*,green!60!black}, grokking={mark=*,yellow!80!orange},
      memorization={mark=*,violet}, confusion={mark=*,gray}}}}
\definecolor{v-confirmed}{rgb}{0,0.45,0}
\definecolor{v-confirmed-under-conditions}{rgb}{0.75,0.45,0}
\definecolor{v-refuted}{rgb}{0.8,0,0}
\definecolor{v-not-checked}{rgb}{0.45,0.45,0.45}
\definecolor{v-reproduced}{rgb}{0.1,0.45,0.3}
\definecolor{v-not-reproduced}{rgb}{0.7,0.4,0}
\definecolor{v-undecided}{rgb}{0.55,0.35,0.6}
\definecolor{v-depends-on-reading}{rgb}{0.3,0.3,0.7}
\definecolor{v-vacuous}{rgb}{0.5,0.3,0.2}
\definecolor{v-not-checkable}{rgb}{0.45,0.45,0.45}
\definecolor{v-none}{rgb}{0,0,0}
\newcommand{\csvtable}[1]{table[col sep=comma]{data/#1.csv}}
