CALL db.labels() YIELD label AS l
MATCH p = shortestPath((n:`My Label`)-[*]-(m))
WHERE EXISTS { MATCH (n)-->(o) RETURN o } OR exists((n)<--())
RETURN l, p, n {.name, .*, degree: size([(n)--() | 1]), m}, count(DISTINCT m), count(*)
UNION ALL
CALL graph.wcc
