[#-- Propositions 1-2: what zero training loss and an injective decoder imply. --]
Propositions~1 and~2 are two-line proofs; what they need is checked by exhausting a small world: $p = 4$ symbols,
every training set and every integer one-dimensional representation in a box, each reduced to the points the
decoder sees. A decoder reaches zero training loss exactly when no two training pairs of different sums share a
point, and can also be injective exactly when no two training pairs of equal sum sit at different points. Each
proposition is judged where its proof applies, and each condition by whether dropping it admits a counterexample.
