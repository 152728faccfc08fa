// Honest look-alike: a man drives his own car and his wife's, both repaired at the same shop.
CREATE (shop:Company:Entity {name: '绍兴兴业汽车维修有限公司'}),
       (driver:Person:Entity {name: '丈夫'}),
       (wife:Person:Entity {name: '妻子'}),
       (driver)-[:KIN_OF {relation: 'spouse'}]->(wife),
       (ic1:InsuranceClaim:Record {claim_no: 'RDAA2022330601000701', insurer: '保险公司甲', accident_on: date('2022-03-01'), amount_claimed: 3000.0}),
       (ic2:InsuranceClaim:Record {claim_no: 'RDAA2022330601000702', insurer: '保险公司乙', accident_on: date('2023-03-01'), amount_claimed: 5000.0}),
       (shop)-[:REPAIRER_IN]->(ic1), (driver)-[:OWNER_IN]->(ic1), (driver)-[:DRIVER_IN]->(ic1),
       (shop)-[:REPAIRER_IN]->(ic2), (wife)-[:OWNER_IN]->(ic2), (driver)-[:DRIVER_IN]->(ic2);
