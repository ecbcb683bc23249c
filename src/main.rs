//! The `attache` binary: parses the command line and hands off to [`attache::cli`].

fn main() -> std::process::ExitCode {
    attache::cli::main()
}
