"""Pure-Python core: decoding, detection, the issue model, edit commands, storage, export."""
