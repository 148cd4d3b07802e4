"""Pure Python rules of the method: no Qt, no database, time always passed in."""
