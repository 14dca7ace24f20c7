[#-- The trained toy model's claims (Figs. 3, 4(b), 5(b), 6, Appendix G). --]
The toy model: $p$ trainable embeddings, the two of a pair summed and decoded by an MLP, trained on addition over
unordered pairs. Its claims need trained runs.
