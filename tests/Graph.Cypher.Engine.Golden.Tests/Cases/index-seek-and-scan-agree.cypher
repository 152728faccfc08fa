// The index seek finds exactly what a scan finds; the Chinese name is matched and printed as is.
// graph: people
// run: {name: '张三'}
// run: {name: 'Ann'}
MATCH (p:Person)
WHERE p.name = $name
RETURN p, p.name = '张三' AS isZhang
