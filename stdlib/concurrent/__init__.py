# Package concurrent (only concurrent.futures lives here).
