//! One module per subcommand; each parses its flags and calls library functions.

pub mod codes;
