// Types the compiler's rewrite provides to programs: `import.meta.main`, true in the main process.
interface ImportMeta {
  /** True only in the main process: the twin of Python's `if __name__ == "__main__":`. */
  readonly main: boolean;
}
