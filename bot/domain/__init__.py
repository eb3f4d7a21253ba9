"""Pure domain code: no Discord, no SQL. Unit-tested on plain values."""
