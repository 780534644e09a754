"""Clean stage: turn scraped text into article text only, recording each removed line and why."""
