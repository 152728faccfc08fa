CREATE (a:A {id: 1}), (b:B)
MERGE (a)-[r:LINK]->(b)
  ON CREATE SET r.created = 1, r += $extra
  ON MATCH SET r.hits = r.hits + 1
SET a:Seen, b = {id: 2}
REMOVE a.tmp, b:Old
WITH a, b
DETACH DELETE b
