// id: OI-005
// title: Company without staff issuing large sales invoices
// model: oil_invoice
// severity: medium
// signals: T1
// param: max_employees = 0 -- social-security headcount at or below which a company counts as having no staff
// param: min_amount = 1000000 -- invoiced sales (yuan) that a company without staff cannot plausibly deliver
// meaning: A company with nobody on its payroll issues sales invoices worth millions. Goods do not move without people;
//   such a seller is an invoice mill, typical of renamed oil and of fake input tax. Companies with unknown headcount
//   are not matched.
// explain: {seller} ({employees} employees, established {established_on}) issued {invoices} sales invoices for {amount} yuan to {buyers} buyers ({goods}) between {first} and {last}
MATCH (s:Company)-[:SELLER_IN]->(i:Invoice)
WHERE s.employees IS NOT NULL AND s.employees <= $max_employees
WITH s, collect(i) AS invoices, sum(i.amount) AS amount, min(i.issued_on) AS first, max(i.issued_on) AS last, collect(DISTINCT i.goods_category) AS goods
WHERE amount >= $min_amount
UNWIND invoices AS i
MATCH (b:Company)-[:BUYER_IN]->(i)
WITH s, invoices, amount, first, last, goods, collect(DISTINCT b) AS buyers
RETURN [s] + buyers AS entities,
       invoices AS records,
       CASE WHEN amount >= 10 * $min_amount THEN 0.85 ELSE 0.7 END AS weight,
       {seller: s.name, employees: s.employees, established_on: coalesce(s.established_on, 'unknown'), invoices: size(invoices), amount: round(amount), buyers: size(buyers), goods: goods, first: first, last: last} AS facts
