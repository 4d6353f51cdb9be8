"""The inventory of training activities and tools, the public catalogue, bulk import and export."""
