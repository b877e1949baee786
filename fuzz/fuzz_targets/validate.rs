#![no_main]
// The body is kctl::fuzzing::validate, which `cargo test` also runs on the kept corpus.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kctl::fuzzing::validate(data));
