"""Pages every visitor sees: home, privacy notice, language switch, health check."""
