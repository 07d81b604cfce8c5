// The built-in domain codebook: what is known about the Russia–Ukraine peace talks in general
// (issues and their words, actors and their aliases, sides). It serves every article; what
// belongs to one article (positions, notes) lives in that article's annotation file.
// Kept as source, not a bundle resource, so that a copied binary carries it. Format: docs/codebook.md.
let domainCodebookYAML = #"""
version: 1

# The negotiating sides, in the order the explorer offers them.
sides: [russia, ukraine, united-states, europe]

issues:
  - id: territory
    title: Territory
    label: Grondgebied
    description: >-
      Which land Ukraine would give up or keep: Russia's demand that Ukraine withdraw
      from Donetsk, Luhansk, Kherson and Zaporizhzhia, Trump's idea of a land swap,
      freezing the front line, and whether occupied provinces are ever recognised as Russian.
    keywords:
      - grondgebied
      - territori*
      - gebied
      - ruildeal
      - ruil
      - ruilen
      - frontlijn te bevriezen
      - frontlijn bevriezen
      - bezette
      - provincies
      - volksrepublieken
      - annex*
      - Donetsk
      - Loehansk
      - Cherson
      - Zaporizja
      - Donbas
      - Krim
      # English
      - territory
      - land swap
      - front line
      - occupied
      - Luhansk
      - Kherson
      - Zaporizhzhia
      - Crimea
    sections: [Grondgebied]

  - id: neutrality
    title: Neutrality and alliance membership
    label: Neutraliteit
    description: >-
      Whether Ukraine stays out of NATO and any western alliance, without foreign bases
      or nuclear weapons, and why Russia does not object to Ukrainian EU membership.
    keywords:
      - neutraliteit
      - neutraal
      - NAVO-lidmaatschap
      - NAVO-droom
      - uit de NAVO
      - lid van de NAVO
      - lidmaatschap
      - EU-lidmaatschap
      - toetreding
      - EU-toetreding
      - westerse alliantie
      - militaire bases
      - kernwapens
      - collectieve defensieverplichting
      # English
      - neutrality
      - neutral
      - NATO membership
      - join NATO
      - membership
      - accession
      - nuclear weapons
    sections: [Neutraliteit]

  - id: denazification
    title: Denazification and legitimacy
    label: Denazificatie
    description: >-
      Russia's demand for the 'denazification' of Ukraine, which the article reads as a
      demand for a pro-Russian government; the claim that the Ukrainian government is an
      illegitimate junta and that Zelensky's term has expired, so elections must come first.
      (Demilitarisation, which Russia names in the same breath, is filed under security
      guarantees, where the article discusses it.)
    keywords:
      - denazific*
      - nazi*
      - junta
      - staatsgreep
      - legitim*
      - verkiezingen
      - ambtstermijn verstreek
      - Ruslandgezinde regering
      - capitulatie
      - soevereine staat
      # English
      - denazification
      - legitimacy
      - elections
      - pro-Russian government
      - capitulation
    sections: [Denazificatie]

  - id: security-guarantees
    title: Security guarantees
    label: Veiligheidsgaranties
    description: >-
      What protects Ukraine after the war: guarantor states (and a Russian veto over them),
      European peacekeepers or 'boots on the ground', troops from NATO countries, the
      'steel porcupine' of a well-armed Ukrainian army, and Russia's demand to demilitarise
      Ukraine by capping its army.
    keywords:
      - veiligheidsgarantie*
      - veiligheid van Oekraïne
      - garantorstaten
      - garant
      - vredestroepen
      - bufferzone
      - boots on the ground
      - stalen stekelvarken
      - troepen uit NAVO-landen
      - Europese troepen
      - militaire steun
      - demilitari*
      - weerloos
      - Groot Israël
      # English
      - security guarantee*
      - guarantor*
      - peacekeep*
      - buffer zone
      - steel porcupine
    sections: [Veiligheidsgaranties]

  - id: ceasefire-sequencing
    title: Ceasefire before or after peace talks
    label: Vrede of staakt-het-vuren?
    description: >-
      The order of steps: Ukraine wants a ceasefire first and peace negotiations after
      ('the Ukrainian sequence'); Russia wants to negotiate peace under fire, without a
      prior ceasefire ('the Russian sequence'). Includes the 'Korean scenario' of a
      lasting ceasefire without a peace treaty.
    keywords:
      - staakt-het-vuren
      - staak-het-vuren
      - wapenstilstand
      - gevechtspauze
      - volgorde
      - vredesonderhandelingen
      - vredesgesprekken
      - vredesakkoord
      - vredesdeal
      - vrede gesloten
      - Koreaanse oplossing
      - Koreaans scenario
      # English
      - ceasefire
      - cease-fire
      - armistice
      - peace talks
      - peace deal
      - peace agreement
      - sequenc*
    sections: ["Vrede of staakt-het-vuren?", Koreaans scenario]

  - id: sanctions
    title: Sanctions and frozen assets
    label: Sancties
    description: >-
      Economic pressure on Russia: new or further sanctions, which Trump avoids imposing,
      their limited effect on Russia's economy and arms industry, and the use of frozen
      Russian assets.
    keywords:
      - sanctie*
      - tegoeden
      - druk op Rusland
      # English
      - sanction*
      - frozen assets
      - pressure on Russia
    sections: [Geen nieuwe sancties]

actors:
  # States and blocs. A state's side is itself.
  - id: russia
    name: Rusland
    kind: state
    side: russia
    role: Party to the war; invaded Ukraine in February 2022
    aliases: [Rusland, Russisch, Russische, Russen, Rus, Moskou, Russia, Russian, Russians, Moscow]

  - id: ukraine
    name: Oekraïne
    kind: state
    side: ukraine
    role: Party to the war; invaded by Russia in February 2022
    # Kiev appears as the city Russia attacked; it still names Ukraine's side of the war.
    aliases: [Oekraïne, Oekraïens, Oekraïense, Oekraïner*, Kiev, Kyiv, Ukraine, Ukrainian*]

  - id: united-states
    name: Verenigde Staten
    kind: state
    side: united-states
    role: Mediator under Trump; Ukraine's main supplier of arms under Biden
    # Not "Washington": in this article it is only where the leaders met.
    aliases: [Amerika, Amerikaans*, Amerikanen, Amerikaan, VS, Witte Huis, het Witte Huis,
      United States, America, American*, White House, US]

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
    role: Union Ukraine hopes to join; bound by a collective defence clause (Article 42.7)
    aliases: [EU, Europese Unie, European Union]

  - id: nato
    name: NAVO
    kind: organisation
    role: Western military alliance Ukraine hoped to join
    aliases: [NAVO, NATO]

  - id: kremlin
    name: Kremlin
    kind: organisation
    side: russia
    role: The Russian presidency and government
    aliases: [het Kremlin, Kremlin, the Kremlin]

  - id: china
    name: China
    kind: state
    role: Proposed guarantor state in 2022; a world leader whose view matters to Putin
    aliases: [Chinese, Chinees]

  - id: france
    name: Frankrijk
    kind: state
    side: europe
    role: Proposed guarantor state in 2022
    aliases: [Franse, France, French]

  - id: united-kingdom
    name: Verenigd Koninkrijk
    kind: state
    side: europe
    role: Proposed guarantor state in 2022
    aliases: [Brits, Britse, Britten, United Kingdom, Britain, British, UK]

  - id: india
    name: India
    kind: state
    role: A world leader whose view matters to Putin
    aliases: [Indiase, Indian]

  # People.
  - id: donald-trump
    name: Donald Trump
    kind: person
    side: united-states
    role: President of the United States
    aliases: [Trump]

  - id: vladimir-poetin
    name: Vladimir Poetin
    kind: person
    side: russia
    role: President of Russia
    aliases: [Poetin, Putin, Vladimir Putin]

  - id: volodymyr-zelensky
    name: Volodymyr Zelensky
    kind: person
    side: ukraine
    role: President of Ukraine
    aliases: [Zelensky, Zelenski, Zelenskyy, Zelenskiy, Volodymyr Zelenskyy]

  - id: sergej-lavrov
    name: Sergej Lavrov
    kind: person
    side: russia
    role: Russian foreign minister
    aliases: [Lavrov, Sergei Lavrov, Sergey Lavrov]

  - id: pete-hegseth
    name: Pete Hegseth
    kind: person
    side: united-states
    role: US defence secretary
    aliases: [Hegseth]

  - id: joe-biden
    name: Joe Biden
    kind: person
    side: united-states
    role: Former president of the United States
    aliases: [Biden]

  - id: elon-musk
    name: Elon Musk
    kind: person
    role: Businessman whose Starlink system helped Ukraine early in the invasion
    aliases: [Musk]

  - id: kurt-volker
    name: Kurt Volker
    kind: person
    side: united-states
    role: US special envoy for Ukraine during Trump's first term
    aliases: [Volker]

  - id: winston-churchill
    name: Winston Churchill
    kind: person
    role: British wartime prime minister, quoted by Kurt Volker
    aliases: [Churchill]

  # The experts the article quotes; they speak for no side.
  - id: intigam-mamedov
    name: Intigam Mamedov
    kind: person
    role: Researcher at Northumbria University
    aliases: [Mamedov]

  - id: oksana-sjevel
    name: Oksana Sjevel
    kind: person
    role: Professor of international relations at Tufts University
    aliases: [Sjevel, Oksana Shevel, Shevel]

  - id: janis-berzins
    name: Janis Berzins
    kind: person
    role: Expert on Russian military doctrine at the Defence Academy in Riga
    aliases: [Berzins, Jānis Bērziņš]

"""#
