using System.Text;

namespace Graph.Loading.Tests.Support;

/// <summary>A hand-written dataset folder: registry, cases (one with a bad date) and their parties.</summary>
internal static class SmallDataset
{
    public static readonly string PlaintiffId = Ids.Resident(11);

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var uscc = Ids.Uscc(21);
        File.WriteAllText(Path.Combine(folder, "companies.csv"),
            "uscc,name,legal_rep_name,legal_rep_id,registered_address,phone,established_on,status,employees,industry\n" +
            $"{uscc},绍兴某某贸易有限公司,王五,{Ids.Resident(12)},绍兴市越城区人民路8号,0575-88881111,2018-05-04,active,0,批发业\n",
            Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "persons.csv"),
            "id_number,name,phone,address,birth_date\n" +
            $"{PlaintiffId},张三,13800000011,杭州市文三路1号,1980-01-01\n",
            Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "cases.csv"),
            "case_no,court,case_type,cause,filed_on,closed_on,closing_method,amount_claimed\n" +
            "(2019)浙0602民初1号,越城区人民法院,civil_first,private_lending,2019-03-01,2019-03-08,mediation,120000\n" +
            "(2019)浙0602民初2号,越城区人民法院,civil_first,private_lending,2019-13-45,2019-03-08,mediation,80000\n" +
            "(2019)浙0602民初3号,越城区人民法院,civil_first,private_lending,2019-04-01,2019-04-03,judicial_confirmation,50000\n",
            Encoding.UTF8);
        File.WriteAllText(Path.Combine(folder, "case_parties.csv"),
            "case_no,role,party_kind,party_name,party_id,party_phone,party_address,agent_name,agent_kind,law_firm,agent_phone\n" +
            "(2019)浙0602民初1号,plaintiff,person,张 三,,+86 138 0000 0011,,李律师,lawyer,浙江某某律师事务所,0575-88886666\n" +
            $"(2019)浙0602民初1号,defendant,company,绍兴某某贸易有限公司,{uscc},,,,,,\n" +
            $"(2019)浙0602民初3号,plaintiff,person,张三,{PlaintiffId},,,,,,\n" +
            "(2019)浙0602民初3号,defendant,person,张伟,,,,,,,\n",
            Encoding.UTF8);
    }
}
