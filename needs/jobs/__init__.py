"""Background jobs that survive a restart."""
