"""Demo data: accounts for every role and, through each feature's services, its demo content."""
