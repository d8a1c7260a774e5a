"""PyInstaller's entry script for the ``ponte`` bundle: the same ``main`` as the console script."""

from ui.entry import main

if __name__ == "__main__":
    main()
