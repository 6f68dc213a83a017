use std::process::ExitCode;

fn main() -> ExitCode {
    saa::cli::main()
}
