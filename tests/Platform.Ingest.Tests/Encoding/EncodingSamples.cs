namespace Platform.Ingest.Tests.Encodings;

/// <summary>
/// Invented short news paragraphs, one per language, used to build encoding cases. Each uses only characters its
/// legacy encodings can hold (the Russian one keeps ASCII quotes and dashes, which KOI8-R and ISO-8859-5 lack).
/// </summary>
internal static class EncodingSamples
{
    public const string English =
        "Harbour authority ends night-time dredging after residents’ complaints\n" +
        "The Port of Kellingford said on Tuesday it would stop dredging between 10 p.m. and 6 a.m. from next month, after 340 households signed a petition about the noise.\n" +
        "“We heard them, and we’re changing the schedule,” said harbourmaster Jane Okafor — adding that the café owners on the quay had raised the same concern.\n" +
        "The work, which deepens the main channel to 14.5 metres, will now take about nine weeks longer and cost an extra £1.2 million.\n";

    public const string French =
        "Brévanne : une piste cyclable de 12 kilomètres le long du canal\n" +
        "Le conseil municipal de Brévanne a voté jeudi la création d’une piste cyclable de 12 kilomètres le long du canal.\n" +
        "« C’est une réponse aux demandes répétées des habitants », a déclaré l’adjointe chargée des mobilités, Hélène Marchetti.\n" +
        "Les travaux débuteront à l’automne et coûteront environ 3,4 millions d’euros, financés à moitié par la région ; les riverains craignent la disparition de 80 places près du marché couvert.\n";

    public const string German =
        "Fernwärme in Hallbrück wird teurer\n" +
        "Die Stadtwerke von Hallbrück erhöhen zum 1. März die Preise für Fernwärme um durchschnittlich 7,5 Prozent.\n" +
        "Ein Sprecher begründete den Schritt am Montag mit gestiegenen Kosten für Gas und Instandhaltung. „Wir haben lange gezögert, aber die Rücklagen sind aufgebraucht“, sagte Geschäftsführerin Ute Schäfer.\n" +
        "Der Mieterverein kündigte an, die Berechnung prüfen zu lassen; betroffen sind rund 18.000 Haushalte im Süden der Stadt.\n";

    public const string Portuguese =
        "SÃO PAULO MANTÉM TARIFA DE ÔNIBUS EM 2025\n" +
        "SÃO PAULO - A prefeitura anunciou na segunda-feira que NÃO vai reajustar a tarifa de ônibus no próximo ano.\n" +
        "A decisão foi tomada após uma reunião com representantes dos usuários, disse o secretário de transportes, João Araújo.\n" +
        "Segundo ele, a conta será coberta por uma verba extra de R$ 480 milhões aprovada pela Câmara Municipal.\n";

    public const string Spanish =
        "¿Quién pagará el nuevo puerto deportivo de Villaseca?\n" +
        "El ayuntamiento de Villaseca aprobó el martes un préstamo de 6,8 millones de euros para ampliar el puerto deportivo, pese a la oposición de los pescadores.\n" +
        "«No estamos en contra del turismo, pero necesitamos espacio para trabajar», dijo la portavoz de la cofradía, Begoña Ibáñez.\n" +
        "Las obras empezarán en otoño y durarán año y medio; el alcalde prometió reservar un muelle para la flota pesquera.\n";

    public const string Swedish =
        "Färjan till Lillö ställs in under två veckor\n" +
        "Trafikverket meddelade på fredagen att färjeleden mellan Norrvik och Lillö stängs i två veckor i maj för reparationer av färjeläget.\n" +
        "Under tiden kör en ersättningsbåt för gående och cyklister, men bilar får åka den längre vägen över bron vid Åsby.\n" +
        "– Vi förstår att det är besvärligt för dem som pendlar, säger projektledaren Maja Lindström.\n";

    public const string Korean =
        "부산 남구, 해안 산책로 조명 교체 마쳐\n" +
        "부산 남구는 해안 산책로 4.2킬로미터 구간의 가로등 320개를 전기를 덜 쓰는 조명으로 바꾸는 공사를 마쳤다고 12일 밝혔다.\n" +
        "구청 관계자는 “전기 요금이 해마다 약 40퍼센트 줄어들 것”이라며 “밤에 산책하는 주민들의 안전도 나아질 것”이라고 말했다.\n" +
        "주민들은 그동안 어두운 구간에서 넘어지는 사고가 잦았다며 공사를 반겼다.\n";

    public const string Russian =
        "В Заречинске закроют на ремонт центральный мост\n" +
        "Власти Заречинска объявили о ремонте центрального моста через реку Сольва. Работы начнутся в апреле и продлятся около семи месяцев, сообщил в понедельник глава городского департамента транспорта Андрей Ковалёв.\n" +
        "\"Мы понимаем, что это неудобно, но мост построен в 1968 году и давно требует замены опор\", - сказал он.\n" +
        "На время ремонта запустят дополнительные автобусы, а паромная переправа будет работать до полуночи.\n";

    public const string Japanese =
        "北浜市、市民プールを来年三月で閉鎖\n" +
        "北浜市は十五日、老朽化した市民プールを来年三月で閉鎖すると発表した。建て替えには約十二億円かかる見込みで、市は民間企業との共同運営を検討している。\n" +
        "利用者団体の代表は「子どもたちが泳ぎを覚える場所がなくなる」と話し、代わりの施設を早く決めるよう求めた。\n";

    public const string Chinese =
        "江川市明年底前公交车全部换成电动车\n" +
        "江川市政府周三宣布，将在明年年底前把全市公交车全部更换为电动车。交通局负责人表示，新车辆每年可减少约三万吨碳排放。\n" +
        "部分司机担心充电站数量不足，市政府称将在十个主要车站新建快速充电设施。\n";

    /// <summary>Language code, text, and the legacy encodings (code pages) such a text is found in.</summary>
    public static readonly IReadOnlyList<(string Language, string Text, int[] LegacyCodePages)> All =
    [
        ("en", English, [1252]),
        ("fr", French, [1252]),
        ("de", German, [1252]),
        ("pt", Portuguese, [1252]),
        ("es", Spanish, [1252]),
        ("sv", Swedish, [1252]),
        ("ko", Korean, [949]),
        ("ru", Russian, [1251, 20866, 28595]),
        ("ja", Japanese, [932]),
        ("zh", Chinese, [936]),
    ];
}
