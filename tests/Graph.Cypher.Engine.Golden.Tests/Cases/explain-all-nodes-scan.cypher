// No label at all: every node is scanned.
// graph: people
// mode: explain
MATCH (n)
RETURN count(n) AS nodes
