// The built-in domain codebook: what is known about the Russia–Ukraine peace talks in general
// (issues and their words, actors and their aliases, sides). It serves every article; what
// belongs to one article (positions, notes) lives in that article's annotation file.
// Kept as source, not a bundle resource, so that a copied binary carries it. Format: docs/codebook.md.
let domainCodebookYAML = #"""
version: 1

# The negotiating sides, in the order the explorer offers them.
sides: [russia, ukraine, united-states, europe]

# Each issue has three lists of words (matching: docs/codebook.md):
#   keywords: each one ties a paragraph to the issue on its own;
#   weak:     words that count only beside a keyword of the issue in the same sentence
#             (“verkiezingen” alone is not about legitimacy; with “illegitiem” it is);
#   exclude:  phrases inside which a keyword or weak word does not count
#             (“in ruil daarvoor” is no exchange of land).
# Words that would tie nearly every paragraph of talks coverage to an issue (“vrede”,
# “peace”, “talks”, “Rusland”) are left out on purpose.
issues:
  - id: territory
    title: Territory
    label: Grondgebied
    description: >-
      Which land Ukraine would give up or keep: Russia's demand that Ukraine withdraw
      from Donetsk, Luhansk, Kherson and Zaporizhzhia, the status of Crimea, a land swap
      (Kursk) or land for peace, freezing the front line, and whether occupied land is
      ever recognised as Russian.
    keywords:
      # Dutch
      - grondgebied*
      - territor*
      - gebiedsruil
      - landruil
      - grondruil
      - gebiedsafstand
      - ruil
      - ruil van gebieden
      - gebieden ruilen
      - gebied ruilen
      - land ruilen
      - grond ruilen
      - ruildeal*
      - land voor vrede
      - annexa*
      - annexe*
      - annexing
      - geannexeerd*
      - bezette gebieden
      - bezet gebied
      - bezette
      - bezetting
      - afstaan
      - afgestaan
      - afstand doen van
      - frontlijn te bevriezen
      - frontlijn bevriezen
      - bevriezing van de frontlijn
      - huidige frontlijn
      - frontlinie te bevriezen
      - frontlinie bevriezen
      - bevriezing van de frontlinie
      - huidige frontlinie
      - demarcatielijn
      - contactlijn
      - volksrepubliek*
      - Nieuw-Rusland
      - Donbas
      - Donbass
      - Donetsk
      - Loehansk
      - Luhansk
      - Lugansk
      - Cherson
      - Zaporizja
      - Zaporizjzja
      - Krim
      - Sebastopol
      - Koersk
      # English
      - land swap*
      - land-for-peace
      - land for peace
      - exchange of land
      - land exchange
      - give up land
      - giving up land
      - cede
      - ceded
      - cedes
      - ceding
      - cession
      - occupied
      - occupation
      - freeze the front line
      - freezing the front line
      - frozen front line
      - current front line
      - line of contact
      - contact line
      - demarcation line
      - Novorossiya
      - Kherson
      - Zaporizhzhia
      - Zaporizhia
      - Zaporozhye
      - Crimea
      - Crimean
      - Sevastopol
      - Kursk
    weak:
      # Common words that are about land only next to a clearer word in the same sentence.
      - gebied
      - gebieden
      - provincie
      - provincies
      - regio's
      - erkenning
      - erkennen
      - erkend
      - front line*
      - frontline*
      - frontlijn*
      - frontlinie*
      - ruilen
      - ruilt
      - ruilde
      - geruild
      - swap*
      - swapping
      - exchang*
      - regions
      - recognition
      - recognise
      - recognize
      - de jure
    exclude:
      - in ruil
      - ruil van gevangenen
      - ruil van krijgsgevangenen
      - ruilen gevangenen
      - ruil van lichamen
      - ruilden gevangenen
      - gevangenen ruilen
      - gevangenen te ruilen
      - krijgsgevangenen ruilen
      - krijgsgevangenen te ruilen
      - op het gebied van
      - in exchange
      - prisoner swap*
      - prisoners swap*
      - swap of prisoners
      - swapped prisoners
      - swap prisoners
      - prisoner exchange*
      - exchange of prisoners
      - exchanged prisoners
      - exchange prisoners
      - exchange of fire
      - exchange of views
      - exchange rate*
      - body swap*
      - exchange of bodies
    sections: [Grondgebied]

  - id: neutrality
    title: Neutrality and alliance membership
    label: Neutraliteit
    description: >-
      Whether Ukraine stays out of NATO and any western alliance, without foreign bases
      or nuclear weapons (an 'Austrian' or 'Finnish' model), and whether Russia objects
      to Ukrainian EU membership.
    keywords:
      # Dutch
      - neutraliteit
      - neutrale status
      - neutrale staat
      - neutraal Oekraïne
      - neutrale Oekraïne
      - niet-gebonden
      - bondgenootschapsvrij*
      - blokvrij*
      - NAVO-lidmaatschap
      - lidmaatschap van de NAVO
      - NAVO-toetreding
      - toetreding tot de NAVO
      - lid van de NAVO
      - lid worden van de NAVO
      - toetreden tot de NAVO
      - toe te treden tot de NAVO
      - NAVO-lid
      - uit de NAVO
      - NAVO-droom
      - NAVO-aspiraties
      - NAVO-ambities
      - NAVO-uitbreiding
      - uitbreiding van de NAVO
      - oostwaartse uitbreiding
      - opendeurbeleid
      - open-deurbeleid
      - EU-lidmaatschap
      - lidmaatschap van de EU
      - EU-toetreding
      - toetreding tot de EU
      - lid van de EU
      - toetredingsgesprekken
      - toetredingsonderhandelingen
      - kandidaat-lid
      - westerse alliantie
      - kernwapenvrij*
      - Oostenrijks model
      - Oostenrijkse model
      - Finlandisering
      - collectieve defensieverplichting
      # English
      - neutrality
      - neutral status
      - neutral state
      - neutral Ukraine
      - non-aligned
      - non-bloc
      - NATO membership
      - membership of NATO
      - member of NATO
      - join NATO
      - joining NATO
      - joins NATO
      - NATO accession
      - NATO bid
      - NATO aspirations
      - NATO ambitions
      - NATO expansion
      - NATO enlargement
      - eastward expansion
      - open-door policy
      - EU membership
      - join the EU
      - joining the EU
      - EU accession
      - accession talks
      - non-nuclear status
      - Austrian model
      - Finlandisation
      - Finlandization
    weak:
      - neutraal
      - neutrale
      - neutral
      - lidmaatschap
      - toetreding
      - toetreden
      - membership
      - accession
      - kernwapens
      - nuclear weapons
      - militaire bases
      - buitenlandse bases
      - military bases
      - foreign bases
    sections: [Neutraliteit]

  - id: denazification
    title: Denazification and legitimacy
    label: Denazificatie
    description: >-
      Russia's demand for the 'denazification' of Ukraine, read as a demand for a
      pro-Russian government; the claim that Ukraine's government is an illegitimate junta
      born of a coup and that Zelensky's term has expired, so elections must come first;
      and Russia's demands on the Russian language and the Russian Orthodox Church.
      (Demilitarisation is filed under security guarantees.)
    keywords:
      # Dutch
      - denazif*
      - nazi*
      - neonazi*
      - neo-nazi*
      - junta
      - staatsgreep
      - Maidan
      - Majdan
      - legitimiteit
      - illegitiem*
      - onwettig bewind
      - ambtstermijn is verlopen
      - ambtstermijn verlopen
      - ambtstermijn verliep
      - ambtstermijn verstreek
      - ambtstermijn is verstreken
      - verlopen ambtstermijn
      - mandaat is verlopen
      - verlopen mandaat
      - regimewissel*
      - regimeverandering
      - Ruslandgezinde regering
      - pro-Russische regering
      - marionettenregering
      - marionettenregime
      - capitulatie
      - Russischtalig*
      # English
      - legitimacy
      - illegitimate
      - illegitimacy
      - term expired
      - term has expired
      - term had expired
      - expired term
      - mandate expired
      - mandate has expired
      - expired mandate
      - regime change
      - pro-Russian government
      - puppet government
      - puppet regime
      - capitulation
      - Russian-speaking
      - Russian speakers
    weak:
      - verkiezingen
      - verkiezing
      - presidentsverkiezingen
      - elections
      - election
      - presidential election*
      - ambtstermijn
      - mandaat
      - mandate
      - legitiem
      - legitieme
      - legitimate
      - coup
      - soevereine staat
      - regering in Kyiv
      - government in Kyiv
      - regime
      - Russische taal
      - orthodoxe kerk
      - Russian language
      - Orthodox Church
    sections: [Denazificatie]

  - id: security-guarantees
    title: Security guarantees
    label: Veiligheidsgaranties
    description: >-
      What protects Ukraine after the war: guarantees 'like Article 5', guarantor states
      (and a Russian veto over them), a European reassurance force of the 'coalition of the
      willing', peacekeepers or 'boots on the ground', an American backstop, the 'steel
      porcupine' of a well-armed Ukrainian army, and Russia's demand to demilitarise Ukraine
      by capping its army.
    keywords:
      # Dutch
      - veiligheidsgarantie*
      - veiligheidsgaranties
      - veiligheidsafspraken
      - veiligheidsakkoord*
      - veiligheidsovereenkomst*
      - veiligheidspact
      - garantstaat
      - garantstaten
      - garantorstaat
      - garantorstaten
      - garantiemacht
      - artikel 5
      - artikel-5
      - coalitie van de bereidwilligen
      - coalitie van bereidwilligen
      - coalitie van bereidwillige*
      - vredesmacht
      - vredestroepen
      - vredesmissie
      - vredeshandhav*
      - geruststellingsmacht
      - Europese troepen
      - westerse troepen
      - buitenlandse troepen
      - NAVO-troepen
      - troepen uit NAVO-landen
      - troepen naar Oekraïne
      - troepen in Oekraïne
      - bufferzone
      - gedemilitariseerde zone
      - demilitari*
      - legerplafond
      - omvang van het Oekraïense leger
      - omvang van het leger
      - Boedapest-memorandum
      - Memorandum van Boedapest
      - niet-aanvalsverdrag
      - weerloos
      - Groot Israël
      # English
      - security guarantee*
      - security assurance*
      - security pact
      - security agreement*
      - guarantor*
      - Article 5
      - coalition of the willing
      - reassurance force
      - Multinational Force Ukraine
      - peacekeep*
      - peace-keep*
      - boots on the ground
      - European troops
      - Western troops
      - foreign troops
      - NATO troops
      - troops to Ukraine
      - troops in Ukraine
      - backstop
      - buffer zone
      - demilitarised zone
      - demilitarized zone
      - steel porcupine
      - troop cap
      - army cap
      - cap on the army
      - size of the Ukrainian army
      - size of Ukraine's army
      - size of its army
      - size of its military
      - size of the Ukrainian military
      - size of Ukraine's military
      - size of its armed forces
      - Budapest Memorandum
      - non-aggression pact
    weak:
      - garantie
      - garanties
      - garanderen
      - garandeert
      - garant
      - guarantee
      - guarantees
      - guaranteed
      - militaire steun
      - military aid
      - military support
      - wapenleveranties
      - arms deliveries
      - luchtverdediging
      - air defence
      - air defense
      - troepen
      - troops
    sections: [Veiligheidsgaranties]

  - id: ceasefire-sequencing
    title: Ceasefire before or after peace talks
    label: Staakt-het-vuren
    description: >-
      The order of steps: Ukraine and Europe want a ceasefire (or a truce in the air, at
      sea or on energy sites) first and peace negotiations after; Russia wants to negotiate
      peace under fire, without a prior ceasefire. Includes the 'Korean scenario' of a
      lasting ceasefire without a peace treaty, and a frozen conflict. A peace deal or
      peace talks mentioned alone do not count.
    keywords:
      # Dutch
      - staakt het vuren*
      - staak het vuren*
      - wapenstilstand*
      - wapenbestand*
      - wapenrust
      - gevechtspauze*
      - pauze in de gevechten
      - vuurpauze
      - energiebestand
      - luchtbestand
      - zeebestand
      - paasbestand
      - kerstbestand
      - bestandslijn
      - humanitaire pauze
      - staken van de vijandelijkheden
      - beëindiging van de vijandelijkheden
      - einde van de vijandelijkheden
      - einde aan de gevechten
      - onderhandelen onder vuur
      - onder vuur onderhandelen
      - volgorde
      - Koreaanse oplossing
      - bevroren conflict
      # English
      - ceasefire*
      - cease-fire*
      - truce*
      - armistice
      - halt to fighting
      - halt to the fighting
      - halt the fighting
      - stop the fighting
      - pause in fighting
      - pause in the fighting
      - cessation of hostilities
      - end of hostilities
      - moratorium on strikes
      - negotiate under fire
      - negotiating under fire
      - sequenc*
      - Korean scenario
      - Korean model
      - frozen conflict
    weak:
      # A peace deal or peace talks alone are not the question of what comes first.
      - bestand
      - pauze
      - moratorium
      - vredesakkoord*
      - vredesovereenkomst*
      - vredesverdrag*
      - vredesdeal*
      - vredesonderhandeling*
      - vredesgesprek*
      - vredesoverleg
      - vredesplan*
      - vredesproces
      - vrede gesloten
      - peace talks
      - peace deal*
      - peace agreement*
      - peace treaty
      - peace plan*
      - peace process
      - peace negotiations
      - onderhandelingen
      - negotiations
    exclude:
      - bestand tegen
      - bestand is tegen
      - bestand zijn tegen
    sections: [Staakt-het-vuren, Wapenstilstand]

  - id: sanctions
    title: Sanctions and frozen assets
    label: Sancties
    description: >-
      Economic pressure on Russia: sanctions packages and secondary sanctions or tariffs,
      the oil price cap and embargoes, the shadow fleet, and the use of frozen Russian
      assets (a reparations loan); and Russia's demand that sanctions be lifted.
    keywords:
      # Dutch
      - sanctie*
      - sanction*
      - tegoeden
      - bevroren tegoeden
      - bevroren Russische tegoeden
      - herstellening
      - herstelkrediet
      - Euroclear
      - prijsplafond
      - olieprijsplafond
      - olie-embargo
      - olieboycot
      - embargo*
      - exportverbod
      - importverbod
      - invoerverbod
      - schaduwvloot
      - secundaire heffingen
      - strafheffingen
      - SWIFT-systeem
      - uit SWIFT
      # English
      - frozen assets
      - Russian assets
      - frozen Russian assets
      - reparations loan
      - reparation loan
      - price cap
      - oil embargo
      - export ban
      - import ban
      - shadow fleet
      - secondary tariffs
      - from SWIFT
      - SWIFT system
    weak:
      - druk op Rusland
      - economische druk
      - pressure on Russia
      - economic pressure
      - heffingen
      - tariffs
      - Rosneft
      - Lukoil
      - Gazprom
    sections: [Geen nieuwe sancties]

# Actors. Names are written the way international news writes them; the aliases hold Dutch,
# English and other transliterations. Possessives (Poetins, Putin's) and a person's surname
# come free (docs/codebook.md); a surname two people share names neither of them.
# Roles are as of the period 2022–2025, with the years where they changed.
actors:
  # States, blocs and organisations. A state's side is itself.
  - id: russia
    name: Rusland
    kind: state
    side: russia
    role: Party to the war; invaded Ukraine in February 2022
    aliases: [Rusland, Russisch, Russische, Russen, Rus, Moskou, Russia, Russian, Russians, Moscow,
      Russische Federatie, Russian Federation]

  - id: ukraine
    name: Oekraïne
    kind: state
    side: ukraine
    role: Party to the war; invaded by Russia in February 2022
    aliases: [Oekraïne, Oekraïens, Oekraïense, Oekraïner*, Kiev, Kyiv, Ukraine, Ukrainian*]

  - id: united-states
    name: Verenigde Staten
    kind: state
    side: united-states
    role: Ukraine's main supplier of arms under Biden; mediator under Trump (from 2025)
    aliases: [Amerika, Amerikaans*, Amerikanen, Amerikaan, VS, Witte Huis, het Witte Huis,
      United States, America, American*, White House, US, Washington]

  - id: europe
    name: Europa
    kind: bloc
    side: europe
    role: Ukraine's European backers
    aliases: [Europa, Europese, Europees, Europeanen, Europese leiders, Europe, European, Europeans,
      European leaders]

  - id: eu
    name: Europese Unie
    kind: organisation
    side: europe
    role: Union Ukraine hopes to join (candidate since June 2022); bound by a mutual defence clause (Article 42.7)
    aliases: [EU, Europese Unie, European Union, Brussel, Brussels]

  - id: european-commission
    name: Europese Commissie
    kind: organisation
    side: europe
    role: Executive of the European Union; proposes sanctions packages
    aliases: [European Commission]

  - id: coalition-of-the-willing
    name: Coalition of the willing
    kind: bloc
    side: europe
    role: Group of some thirty countries, led by the UK and France, planning a force to secure a ceasefire (from 2025)
    aliases: [coalitie van de bereidwilligen, coalitie van bereidwilligen, coalition of the willing]

  - id: nato
    name: NAVO
    kind: organisation
    role: Western military alliance Ukraine hoped to join
    aliases: [NAVO, NATO, Noord-Atlantische Verdragsorganisatie, North Atlantic Treaty Organization]

  - id: kremlin
    name: Kremlin
    kind: organisation
    side: russia
    role: The Russian presidency and government
    aliases: [het Kremlin, Kremlin, the Kremlin]

  - id: pentagon
    name: Pentagon
    kind: organisation
    side: united-states
    role: The US Department of Defense
    aliases: [het Pentagon, the Pentagon]

  - id: china
    name: China
    kind: state
    role: Russia's main trading partner; proposed as a guarantor state in 2022
    aliases: [Chinese, Chinees, Chinezen, Peking, Beijing]

  - id: france
    name: Frankrijk
    kind: state
    side: europe
    role: Co-leads the coalition of the willing; proposed guarantor state in 2022
    aliases: [Franse, Fransen, France, French]

  - id: united-kingdom
    name: Verenigd Koninkrijk
    kind: state
    side: europe
    role: Co-leads the coalition of the willing; proposed guarantor state in 2022
    aliases: [Brits, Britse, Britten, Groot-Brittannië, VK, United Kingdom, Britain, British, UK]

  - id: germany
    name: Duitsland
    kind: state
    side: europe
    role: Ukraine's largest European supplier of military aid
    aliases: [Duits, Duitse, Duitsers, Germany, German, Germans]

  - id: netherlands
    name: Nederland
    kind: state
    side: europe
    role: Supplier of military aid to Ukraine
    aliases: [Nederlandse, Nederlanders, Netherlands, Dutch]

  - id: poland
    name: Polen
    kind: state
    side: europe
    role: Ukraine's neighbour and a main transit route for western aid
    aliases: [Pools, Poolse, Poland, Polish]

  - id: italy
    name: Italië
    kind: state
    side: europe
    role: European backer of Ukraine
    aliases: [Italiaans, Italiaanse, Italy, Italian]

  - id: hungary
    name: Hongarije
    kind: state
    role: EU and NATO member that opposes arms for Ukraine and blocks EU decisions on it
    aliases: [Hongaars, Hongaarse, Hungary, Hungarian]

  - id: finland
    name: Finland
    kind: state
    side: europe
    role: Joined NATO in 2023 after decades of neutrality
    aliases: [Fins, Finse, Finnish]

  - id: switzerland
    name: Zwitserland
    kind: state
    role: Neutral state; hosted the Bürgenstock peace summit (June 2024) and the Geneva talks (2025)
    aliases: [Zwitserse, Switzerland, Swiss]

  - id: turkey
    name: Turkije
    kind: state
    role: Mediator; hosted the Antalya and Istanbul talks (2022) and the Istanbul rounds (2025)
    aliases: [Turks, Turkse, Turkey, Türkiye, Turkish]

  - id: saudi-arabia
    name: Saoedi-Arabië
    kind: state
    role: Mediator; hosted US–Russian and US–Ukrainian talks in Riyadh and Jeddah (2025)
    aliases: [Saoedisch, Saoedische, Saudi Arabia, Saudi, Saudis]

  - id: qatar
    name: Qatar
    kind: state
    role: Mediator in the return of Ukrainian children taken to Russia
    aliases: [Qatarees, Qatarese, Qatari]

  - id: united-arab-emirates
    name: Verenigde Arabische Emiraten
    kind: state
    role: Mediator in prisoner exchanges; hosted US–Russian contacts in Abu Dhabi
    aliases: [VAE, Emiraten, Emiraatse, United Arab Emirates, UAE, Emirati]

  - id: belarus
    name: Belarus
    kind: state
    side: russia
    role: Russia's ally; staging ground of the 2022 invasion and host of the first talks (Gomel, 2022)
    aliases: [Wit-Rusland, Belarussisch, Belarussische, Wit-Russisch, Wit-Russische, Belarusian, Belarussian]

  - id: north-korea
    name: Noord-Korea
    kind: state
    side: russia
    role: Russia's ally; sent troops to fight in the Kursk region (2024–2025)
    aliases: [Noord-Koreaans, Noord-Koreaanse, North Korea, North Korean, North Koreans]

  - id: india
    name: India
    kind: state
    role: Buyer of Russian oil; a world power whose view matters to Putin
    aliases: [Indiaas, Indiase, Indian]

  - id: israel
    name: Israël
    kind: state
    role: Mediated briefly in March 2022
    aliases: [Israëlisch, Israëlische, Israel, Israeli]

  - id: vatican
    name: Vaticaan
    kind: state
    role: Offered to mediate and to host talks; worked on returning Ukrainian children
    aliases: [Heilige Stoel, Vatican, Holy See]

  - id: united-nations
    name: Verenigde Naties
    kind: organisation
    role: World organisation; its Security Council is blocked by Russia's veto
    aliases: [VN, United Nations, UN, VN-Veiligheidsraad, UN Security Council]

  - id: osce
    name: OVSE
    kind: organisation
    role: Organisation for Security and Co-operation in Europe; monitored the Donbas ceasefire (2014–2022)
    aliases: [OSCE, Organisatie voor Veiligheid en Samenwerking in Europa,
      Organization for Security and Co-operation in Europe]

  - id: g7
    name: G7
    kind: organisation
    role: Group of seven industrialised democracies; set the oil price cap on Russia
    aliases: [G-7]

  - id: iaea
    name: IAEA
    kind: organisation
    role: International Atomic Energy Agency; monitors the Zaporizhzhia nuclear power plant
    aliases: [Internationaal Atoomenergieagentschap, International Atomic Energy Agency]

  - id: icc
    name: Internationaal Strafhof
    kind: organisation
    role: International Criminal Court; issued an arrest warrant for Putin (March 2023)
    aliases: [ICC, International Criminal Court, Strafhof]

  # Russia's side.
  - id: vladimir-poetin
    name: Vladimir Poetin
    kind: person
    side: russia
    role: President of Russia
    gender: m
    aliases: [Poetin, Putin, Vladimir Putin, Wladimir Putin]

  - id: sergej-lavrov
    name: Sergej Lavrov
    kind: person
    side: russia
    role: Foreign minister of Russia
    gender: m
    aliases: [Lavrov, Sergei Lavrov, Sergey Lavrov, Lawrow]

  - id: dmitry-peskov
    name: Dmitry Peskov
    kind: person
    side: russia
    role: Kremlin spokesman
    gender: m
    aliases: [Peskov, Peskow, Dmitri Peskov, Dmitrij Peskov]

  - id: maria-zakharova
    name: Maria Zakharova
    kind: person
    side: russia
    role: Spokeswoman of the Russian foreign ministry
    gender: f
    aliases: [Zakharova, Zacharova, Sacharowa, Maria Zacharova]

  - id: dmitry-medvedev
    name: Dmitry Medvedev
    kind: person
    side: russia
    role: Deputy chairman of Russia's Security Council; president of Russia (2008–2012)
    gender: m
    aliases: [Medvedev, Medvedjev, Medwedew, Dmitri Medvedev]

  - id: yuri-ushakov
    name: Yuri Ushakov
    kind: person
    side: russia
    role: Foreign policy adviser to Putin; member of Russia's negotiating team (2025)
    gender: m
    aliases: [Ushakov, Oesjakov, Uschakow, Joeri Oesjakov]

  - id: kirill-dmitriev
    name: Kirill Dmitriev
    kind: person
    side: russia
    role: Head of the Russian Direct Investment Fund; Putin's envoy for economic cooperation with the US (2025)
    gender: m
    aliases: [Dmitriev, Dmitrijev, Kirill Dmitrijev]

  - id: vladimir-medinsky
    name: Vladimir Medinsky
    kind: person
    side: russia
    role: Aide to Putin; head of Russia's delegation in the Istanbul talks (2022 and 2025)
    gender: m
    aliases: [Medinsky, Medinski, Medinskiy, Vladimir Medinski]

  - id: sergei-shoigu
    name: Sergei Shoigu
    kind: person
    side: russia
    role: Defence minister of Russia (2012–May 2024), then secretary of Russia's Security Council
    gender: m
    aliases: [Shoigu, Sjojgoe, Schoigu, Sergej Sjojgoe]

  - id: andrei-belousov
    name: Andrei Belousov
    kind: person
    side: russia
    role: Defence minister of Russia (from May 2024)
    gender: m
    aliases: [Belousov, Beloesov, Andrej Beloesov, Andrey Belousov]

  - id: valery-gerasimov
    name: Valery Gerasimov
    kind: person
    side: russia
    role: Chief of the general staff of Russia's armed forces
    gender: m
    aliases: [Gerasimov, Valeri Gerasimov]

  - id: ramzan-kadyrov
    name: Ramzan Kadyrov
    kind: person
    side: russia
    role: Head of the Chechen Republic
    gender: m
    aliases: [Kadyrov, Kadyrow]

  - id: sergei-ryabkov
    name: Sergei Ryabkov
    kind: person
    side: russia
    role: Deputy foreign minister of Russia
    gender: m
    aliases: [Ryabkov, Rjabkov]

  - id: vassily-nebenzia
    name: Vassily Nebenzia
    kind: person
    side: russia
    role: Russia's ambassador to the United Nations
    gender: m
    aliases: [Nebenzia, Nebenzja]

  - id: roman-abramovich
    name: Roman Abramovich
    kind: person
    role: Russian businessman who mediated in the 2022 talks
    gender: m
    aliases: [Abramovich, Abramovitsj, Abramowitsch]

  - id: alexander-lukashenko
    name: Alexander Lukashenko
    kind: person
    side: russia
    role: President of Belarus
    gender: m
    aliases: [Lukashenko, Loekasjenko, Lukaschenko, Lukashenka, Aleksandr Loekasjenko]

  # Ukraine's side.
  - id: volodymyr-zelensky
    name: Volodymyr Zelensky
    kind: person
    side: ukraine
    role: President of Ukraine
    gender: m
    aliases: [Zelensky, Zelenski, Zelenskyy, Zelenskiy, Zelenskyj, Zelenskij, Selenskyj,
      Volodymyr Zelenskyy, Wolodymyr Selenskyj]

  - id: andriy-yermak
    name: Andriy Yermak
    kind: person
    side: ukraine
    role: Head of the Office of the President of Ukraine (2020–November 2025); led Ukraine's negotiators in 2025
    gender: m
    aliases: [Yermak, Jermak, Andrij Jermak, Andrii Yermak]

  - id: rustem-umerov
    name: Rustem Umerov
    kind: person
    side: ukraine
    role: >-
      Defence minister of Ukraine (September 2023–July 2025), then secretary of the National
      Security and Defence Council; member of the 2022 delegation and head of Ukraine's
      delegation in Istanbul (2025)
    gender: m
    aliases: [Umerov, Oemerov, Rustem Oemerov]

  - id: davyd-arakhamia
    name: Davyd Arakhamia
    kind: person
    side: ukraine
    role: Leader of the Servant of the People faction in parliament; headed Ukraine's delegation in the 2022 talks
    gender: m
    aliases: [Arakhamia, Arachamia, David Arakhamia, David Arachamia]

  - id: dmytro-kuleba
    name: Dmytro Kuleba
    kind: person
    side: ukraine
    role: Foreign minister of Ukraine (2020–September 2024)
    gender: m
    aliases: [Kuleba, Koeleba, Dmytro Koeleba]

  - id: andrii-sybiha
    name: Andrii Sybiha
    kind: person
    side: ukraine
    role: Foreign minister of Ukraine (from September 2024)
    gender: m
    aliases: [Sybiha, Sibiha, Andrij Sybiha, Andriy Sybiha]

  - id: oleksii-reznikov
    name: Oleksii Reznikov
    kind: person
    side: ukraine
    role: Defence minister of Ukraine (2021–September 2023); member of the 2022 delegation
    gender: m
    aliases: [Reznikov, Oleksiy Reznikov, Oleksij Reznikov, Resnikow]

  - id: mykhailo-fedorov
    name: Mykhailo Fedorov
    kind: person
    side: ukraine
    role: Minister of digital transformation and deputy prime minister of Ukraine
    gender: m
    aliases: [Fedorov, Mychajlo Fedorov]

  - id: mykhailo-podolyak
    name: Mykhailo Podolyak
    kind: person
    side: ukraine
    role: Adviser to the head of the Office of the President of Ukraine; member of the 2022 delegation
    gender: m
    aliases: [Podolyak, Podoljak, Podoliak, Mychajlo Podoljak]

  - id: kyrylo-budanov
    name: Kyrylo Budanov
    kind: person
    side: ukraine
    role: Head of Ukraine's military intelligence (HUR)
    gender: m
    aliases: [Budanov, Boedanov, Kyrylo Boedanov, Budanow]

  - id: oleksandr-syrskyi
    name: Oleksandr Syrskyi
    kind: person
    side: ukraine
    role: Commander-in-chief of Ukraine's armed forces (from February 2024)
    gender: m
    aliases: [Syrskyi, Syrsky, Syrski, Syrskyj, Oleksandr Syrsky]

  - id: valerii-zaluzhnyi
    name: Valerii Zaluzhnyi
    kind: person
    side: ukraine
    role: Commander-in-chief of Ukraine's armed forces (2021–February 2024), then ambassador to the United Kingdom
    gender: m
    aliases: [Zaluzhnyi, Zaluzhny, Zaloezjny, Zaloezjnyj, Saluschnyj, Valeri Zaloezjny]

  - id: vitali-klitschko
    name: Vitali Klitschko
    kind: person
    side: ukraine
    role: Mayor of Kyiv
    gender: m
    aliases: [Klitschko, Klitsjko, Vitali Klitsjko, Vitaliy Klitschko]

  - id: denys-shmyhal
    name: Denys Shmyhal
    kind: person
    side: ukraine
    role: Prime minister of Ukraine (2020–July 2025), then defence minister
    gender: m
    aliases: [Shmyhal, Sjmyhal, Schmyhal, Denys Sjmyhal]

  - id: yulia-svyrydenko
    name: Yulia Svyrydenko
    kind: person
    side: ukraine
    role: First deputy prime minister and economy minister, who signed the minerals deal with the US; prime minister of Ukraine from July 2025
    gender: f
    aliases: [Svyrydenko, Sviridenko, Joelia Svyrydenko, Julia Swyrydenko, Swyrydenko]

  - id: ruslan-stefanchuk
    name: Ruslan Stefanchuk
    kind: person
    side: ukraine
    role: Speaker of Ukraine's parliament, the Verkhovna Rada
    gender: m
    aliases: [Stefanchuk, Stefantsjoek, Stefantschuk, Roeslan Stefantsjoek]

  - id: serhii-nykyforov
    name: Serhii Nykyforov
    kind: person
    side: ukraine
    role: Spokesman of President Zelensky
    gender: m
    aliases: [Nykyforov, Nikiforov, Serhiy Nykyforov, Serhij Nykyforov]

  - id: sergiy-kyslytsya
    name: Sergiy Kyslytsya
    kind: person
    side: ukraine
    role: Ukraine's ambassador to the United Nations (2020–2025), then first deputy foreign minister and negotiator
    gender: m
    aliases: [Kyslytsya, Kyslytsia, Kislitsa, Serhij Kyslytsja, Kyslytsja]

  - id: petro-poroshenko
    name: Petro Poroshenko
    kind: person
    side: ukraine
    role: President of Ukraine (2014–2019); opposition leader
    gender: m
    aliases: [Poroshenko, Porosjenko, Petro Porosjenko, Poroschenko]

  # The United States.
  - id: donald-trump
    name: Donald Trump
    kind: person
    side: united-states
    role: President of the United States (2017–2021 and from January 2025)
    gender: m
    aliases: [Trump]

  - id: joe-biden
    name: Joe Biden
    kind: person
    side: united-states
    role: President of the United States (2021–January 2025)
    gender: m
    aliases: [Biden]

  - id: jd-vance
    name: JD Vance
    kind: person
    side: united-states
    role: Vice president of the United States (from January 2025)
    gender: m
    aliases: [Vance, James David Vance]

  - id: kamala-harris
    name: Kamala Harris
    kind: person
    side: united-states
    role: Vice president of the United States (2021–January 2025)
    gender: f
    aliases: [Harris]

  - id: marco-rubio
    name: Marco Rubio
    kind: person
    side: united-states
    role: US secretary of state (from January 2025), also national security adviser (from May 2025)
    gender: m
    aliases: [Rubio]

  - id: antony-blinken
    name: Antony Blinken
    kind: person
    side: united-states
    role: US secretary of state (2021–January 2025)
    gender: m
    aliases: [Blinken, Anthony Blinken]

  - id: pete-hegseth
    name: Pete Hegseth
    kind: person
    side: united-states
    role: US defence secretary (from January 2025)
    gender: m
    aliases: [Hegseth]

  - id: lloyd-austin
    name: Lloyd Austin
    kind: person
    side: united-states
    role: US defence secretary (2021–January 2025)
    gender: m
    aliases: [Austin]

  - id: steve-witkoff
    name: Steve Witkoff
    kind: person
    side: united-states
    role: Trump's special envoy, negotiating with Russia (from 2025)
    gender: m
    aliases: [Witkoff, Steven Witkoff]

  - id: keith-kellogg
    name: Keith Kellogg
    kind: person
    side: united-states
    role: Trump's special envoy for Ukraine and Russia (2025)
    gender: m
    aliases: [Kellogg]

  - id: jared-kushner
    name: Jared Kushner
    kind: person
    side: united-states
    role: Trump's son-in-law; informal negotiator in the 2025 talks
    gender: m
    aliases: [Kushner]

  - id: dan-driscoll
    name: Dan Driscoll
    kind: person
    side: united-states
    role: US secretary of the Army; envoy in the November 2025 talks
    gender: m
    aliases: [Driscoll, Daniel Driscoll]

  - id: scott-bessent
    name: Scott Bessent
    kind: person
    side: united-states
    role: US treasury secretary (from January 2025); negotiated the minerals deal with Ukraine
    gender: m
    aliases: [Bessent]

  - id: jake-sullivan
    name: Jake Sullivan
    kind: person
    side: united-states
    role: US national security adviser (2021–January 2025)
    gender: m
    aliases: [Sullivan]

  - id: mike-waltz
    name: Mike Waltz
    kind: person
    side: united-states
    role: US national security adviser (January–May 2025), then ambassador to the United Nations
    gender: m
    aliases: [Waltz]

  - id: lindsey-graham
    name: Lindsey Graham
    kind: person
    side: united-states
    role: US senator (Republican, South Carolina); author of a bill for sanctions on buyers of Russian oil
    gender: m
    aliases: [Graham]

  - id: mike-johnson
    name: Mike Johnson
    kind: person
    side: united-states
    role: Speaker of the US House of Representatives (from October 2023)
    gender: m
    # Not "Johnson" alone: that is Boris Johnson as often.
    aliases: [Speaker Johnson]

  - id: karoline-leavitt
    name: Karoline Leavitt
    kind: person
    side: united-states
    role: White House press secretary (from January 2025)
    gender: f
    aliases: [Leavitt]

  - id: kurt-volker
    name: Kurt Volker
    kind: person
    side: united-states
    role: US special envoy for Ukraine during Trump's first term (2017–2019)
    gender: m
    aliases: [Volker]

  - id: elon-musk
    name: Elon Musk
    kind: person
    role: Businessman whose Starlink system helped Ukraine early in the invasion
    gender: m
    aliases: [Musk]

  # Europe, NATO and the EU.
  - id: emmanuel-macron
    name: Emmanuel Macron
    kind: person
    side: europe
    role: President of France
    gender: m
    aliases: [Macron]

  - id: keir-starmer
    name: Keir Starmer
    kind: person
    side: europe
    role: Prime minister of the United Kingdom (from July 2024)
    gender: m
    aliases: [Starmer]

  - id: rishi-sunak
    name: Rishi Sunak
    kind: person
    side: europe
    role: Prime minister of the United Kingdom (October 2022–July 2024)
    gender: m
    aliases: [Sunak]

  - id: boris-johnson
    name: Boris Johnson
    kind: person
    side: europe
    role: Prime minister of the United Kingdom (2019–September 2022); visited Kyiv in April 2022
    gender: m
    aliases: [premier Johnson, Prime Minister Johnson]

  - id: david-lammy
    name: David Lammy
    kind: person
    side: europe
    role: UK foreign secretary (July 2024–September 2025), then deputy prime minister
    gender: m
    aliases: [Lammy]

  - id: david-cameron
    name: David Cameron
    kind: person
    side: europe
    role: UK foreign secretary (November 2023–July 2024)
    gender: m
    aliases: [Cameron]

  - id: john-healey
    name: John Healey
    kind: person
    side: europe
    role: UK defence secretary (from July 2024)
    gender: m
    aliases: [Healey]

  - id: olaf-scholz
    name: Olaf Scholz
    kind: person
    side: europe
    role: Chancellor of Germany (2021–May 2025)
    gender: m
    aliases: [Scholz]

  - id: friedrich-merz
    name: Friedrich Merz
    kind: person
    side: europe
    role: Chancellor of Germany (from May 2025)
    gender: m
    aliases: [Merz]

  - id: annalena-baerbock
    name: Annalena Baerbock
    kind: person
    side: europe
    role: Foreign minister of Germany (2021–May 2025)
    gender: f
    aliases: [Baerbock]

  - id: johann-wadephul
    name: Johann Wadephul
    kind: person
    side: europe
    role: Foreign minister of Germany (from May 2025)
    gender: m
    aliases: [Wadephul]

  - id: boris-pistorius
    name: Boris Pistorius
    kind: person
    side: europe
    role: Defence minister of Germany (from January 2023)
    gender: m
    aliases: [Pistorius]

  - id: giorgia-meloni
    name: Giorgia Meloni
    kind: person
    side: europe
    role: Prime minister of Italy (from October 2022)
    gender: f
    aliases: [Meloni]

  - id: donald-tusk
    name: Donald Tusk
    kind: person
    side: europe
    role: Prime minister of Poland (from December 2023)
    gender: m
    aliases: [Tusk]

  - id: radoslaw-sikorski
    name: Radosław Sikorski
    kind: person
    side: europe
    role: Foreign minister of Poland (from December 2023)
    gender: m
    aliases: [Sikorski, Radoslaw Sikorski]

  - id: alexander-stubb
    name: Alexander Stubb
    kind: person
    side: europe
    role: President of Finland (from March 2024)
    gender: m
    aliases: [Stubb]

  - id: viktor-orban
    name: Viktor Orbán
    kind: person
    role: Prime minister of Hungary
    gender: m
    aliases: [Orbán, Orban]

  - id: mark-rutte
    name: Mark Rutte
    kind: person
    side: europe
    role: Prime minister of the Netherlands (2010–July 2024); NATO secretary general from October 2024
    gender: m
    aliases: [Rutte]

  - id: dick-schoof
    name: Dick Schoof
    kind: person
    side: europe
    role: Prime minister of the Netherlands (from July 2024)
    gender: m
    aliases: [Schoof]

  - id: caspar-veldkamp
    name: Caspar Veldkamp
    kind: person
    side: europe
    role: Foreign minister of the Netherlands (July 2024–August 2025)
    gender: m
    aliases: [Veldkamp]

  - id: david-van-weel
    name: David van Weel
    kind: person
    side: europe
    role: Justice minister of the Netherlands (from July 2024), also foreign minister (from August 2025)
    gender: m
    aliases: [van Weel]

  - id: ruben-brekelmans
    name: Ruben Brekelmans
    kind: person
    side: europe
    role: Defence minister of the Netherlands (from July 2024)
    gender: m
    aliases: [Brekelmans]

  - id: kajsa-ollongren
    name: Kajsa Ollongren
    kind: person
    side: europe
    role: Defence minister of the Netherlands (2022–July 2024)
    gender: f
    aliases: [Ollongren]

  - id: wopke-hoekstra
    name: Wopke Hoekstra
    kind: person
    side: europe
    role: Foreign minister of the Netherlands (2022–2023), then European commissioner
    gender: m
    aliases: [Hoekstra]

  - id: hanke-bruins-slot
    name: Hanke Bruins Slot
    kind: person
    side: europe
    role: Foreign minister of the Netherlands (2023–July 2024)
    gender: f
    aliases: [Bruins Slot]

  - id: jens-stoltenberg
    name: Jens Stoltenberg
    kind: person
    side: europe
    role: NATO secretary general (2014–October 2024)
    gender: m
    aliases: [Stoltenberg]

  - id: ursula-von-der-leyen
    name: Ursula von der Leyen
    kind: person
    side: europe
    role: President of the European Commission
    gender: f
    aliases: [von der Leyen]

  - id: kaja-kallas
    name: Kaja Kallas
    kind: person
    side: europe
    role: Prime minister of Estonia (2021–2024); EU foreign policy chief from December 2024
    gender: f
    aliases: [Kallas]

  - id: antonio-costa
    name: António Costa
    kind: person
    side: europe
    role: President of the European Council (from December 2024)
    gender: m
    aliases: [Costa]

  - id: josep-borrell
    name: Josep Borrell
    kind: person
    side: europe
    role: EU foreign policy chief (2019–November 2024)
    gender: m
    aliases: [Borrell]

  # Mediators and others who speak in the coverage.
  - id: recep-tayyip-erdogan
    name: Recep Tayyip Erdoğan
    kind: person
    role: President of Turkey
    gender: m
    aliases: [Erdoğan, Erdogan, Tayyip Erdogan]

  - id: hakan-fidan
    name: Hakan Fidan
    kind: person
    role: Foreign minister of Turkey (from June 2023)
    gender: m
    aliases: [Fidan]

  - id: mevlut-cavusoglu
    name: Mevlüt Çavuşoğlu
    kind: person
    role: Foreign minister of Turkey (2014–2023); hosted the Antalya talks (March 2022)
    gender: m
    aliases: [Çavuşoğlu, Cavusoglu, Mevlut Cavusoglu]

  - id: xi-jinping
    name: Xi Jinping
    kind: person
    role: President of China
    gender: m
    aliases: [Xi]

  - id: wang-yi
    name: Wang Yi
    kind: person
    role: Foreign minister of China
    gender: m
    aliases: [Wang]

  - id: narendra-modi
    name: Narendra Modi
    kind: person
    role: Prime minister of India
    gender: m
    aliases: [Modi]

  - id: mohammed-bin-salman
    name: Mohammed bin Salman
    kind: person
    role: Crown prince and prime minister of Saudi Arabia
    gender: m
    aliases: [bin Salman, MBS, Mohammed bin Salman, Mohammad bin Salman]

  - id: naftali-bennett
    name: Naftali Bennett
    kind: person
    role: Prime minister of Israel (2021–2022); mediated in March 2022
    gender: m
    aliases: [Bennett]

  - id: antonio-guterres
    name: António Guterres
    kind: person
    role: Secretary general of the United Nations
    gender: m
    aliases: [Guterres, Antonio Guterres]

  - id: rafael-grossi
    name: Rafael Grossi
    kind: person
    role: Director general of the IAEA
    gender: m
    aliases: [Grossi, Rafael Mariano Grossi]

  - id: winston-churchill
    name: Winston Churchill
    kind: person
    role: British wartime prime minister
    gender: m
    aliases: [Churchill]

# Named events of the talks. Reports that name one (and whose date agrees) are clustered
# under it on the timeline; see docs/model.md, "Labels, clusters and history".
events:
  - id: minsk-ii
    name: Minsk II agreement
    date: 2015-02-12
    aliases: [Minsk II, Minsk-akkoorden, Minsk agreements, akkoorden van Minsk, Minsk accords]
  - id: full-scale-invasion
    name: Russia's full-scale invasion of Ukraine
    date: 2022-02-24
    aliases: [full-scale invasion, grootschalige invasie, volledige invasie, Russische invasie]
  - id: belarus-talks-2022
    name: First talks in Belarus
    date: 2022-02-28
    aliases: [gesprekken in Wit-Rusland, gesprekken in Belarus, talks in Belarus, Gomel]
  - id: istanbul-talks-2022
    name: Istanbul talks (2022)
    date: 2022-03
    aliases: [Istanbul talks, Istanbul communiqué, gesprekken in Istanboel, onderhandelingen in Istanboel, Istanboel, Istanbul]
  - id: grain-deal
    name: Black Sea Grain Initiative
    date: 2022-07-22
    aliases: [graandeal, graanakkoord, grain deal, Black Sea Grain Initiative]
  - id: peace-formula
    name: Zelensky's peace formula
    date: 2022-11-15
    aliases: [vredesformule, tienpuntenplan, peace formula, ten-point plan, 10-point plan]
  - id: jeddah-2023
    name: Jeddah meeting on the peace formula
    date: 2023-08
    aliases: [Jeddah, Djedda, Jedda]
  - id: burgenstock-summit
    name: Bürgenstock peace summit
    date: 2024-06-15
    aliases: [Bürgenstock, Burgenstock, vredestop in Zwitserland, Summit on Peace in Ukraine, peace summit in Switzerland]
  - id: riyadh-talks-2025
    name: US–Russia talks in Riyadh
    date: 2025-02-18
    aliases: [Riyadh, Riyad, Riaad, talks in Riyadh, gesprekken in Riyad]
  - id: oval-office-clash
    name: Trump–Zelensky Oval Office meeting
    date: 2025-02-28
    aliases: [Oval Office, Ovale Kantoor]
  - id: jeddah-2025
    name: US–Ukraine talks in Jeddah
    date: 2025-03-11
    aliases: [Jeddah, Djedda, Jedda, talks in Jeddah]
  - id: energy-ceasefire-call
    name: Trump–Putin call on an energy ceasefire
    date: 2025-03-18
    aliases: [energy ceasefire, energiebestand, bestand op energie-infrastructuur]
  - id: easter-truce
    name: Easter truce
    date: 2025-04
    aliases: [paasbestand, Easter truce, Easter ceasefire, paasbestand van Poetin]
  - id: istanbul-talks-2025-05
    name: Istanbul talks, first round (2025)
    date: 2025-05-16
    aliases: [Istanbul talks, gesprekken in Istanboel, onderhandelingen in Istanboel, Istanboel, Istanbul]
  - id: istanbul-talks-2025-06
    name: Istanbul talks, second round (2025)
    date: 2025-06-02
    aliases: [Istanbul talks, gesprekken in Istanboel, onderhandelingen in Istanboel, Istanboel, Istanbul]
  - id: istanbul-talks-2025-07
    name: Istanbul talks, third round (2025)
    date: 2025-07-23
    aliases: [Istanbul talks, gesprekken in Istanboel, onderhandelingen in Istanboel, Istanboel, Istanbul]
  - id: alaska-summit
    name: Alaska summit
    date: 2025-08-15
    aliases: [top in Alaska, Alaska-top, Alaskatop, Alaska summit, Anchorage summit, Anchorage, topontmoeting in Alaska]
  - id: washington-meeting
    name: Washington meeting with European leaders
    date: 2025-08-18
    aliases: [White House meeting, Washington meeting, top in Washington, bijeenkomst in het Witte Huis, Witte Huis-top]
  - id: coalition-paris-2025-09
    name: Coalition of the willing in Paris
    date: 2025-09-04
    aliases: [coalition of the willing, coalitie van de bereidwilligen, coalitie van welwillenden]
  - id: budapest-summit
    name: Planned Budapest summit
    date: 2025-10
    aliases: [top in Boedapest, Budapest summit, Boedapest-top]
  - id: twenty-eight-point-plan
    name: US 28-point peace plan
    date: 2025-11
    aliases: [28-puntenplan, 28-point plan, 28-punten-vredesplan, 28 point plan]
  - id: geneva-talks-2025
    name: US–Ukraine talks in Geneva
    date: 2025-11-23
    aliases: [Geneva talks, gesprekken in Genève, Genève, Geneva]
"""#
