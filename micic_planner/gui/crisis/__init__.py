"""Crisis mode in the window: the crisis, accountability board, manifests, documents and assistance, timeline."""
