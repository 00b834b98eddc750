// Common given names with the gender they usually carry, for "she"/"he" and
// for finding where a name starts after a long title. Names used for both
// (Alexis, Jordan, Kim, Lindsey, Jean, Andrea) are left out on purpose: the
// text's own pronouns decide those.

export type Gender = 'f' | 'm';

const FEMALE = `
 blessing faith patience perpetua precious prudence purity teresia
 abby abigail ada adele adrienne agatha agnes agnès aileen aimee alana alice alicia alison allison alma amanda
 amber amelia amy angela angelina angie anita ann anna anne annette annie antoinette antonia ariana arlene ashley
 audrey ava barbara beatrice becky belinda bella bernadette bernice bertha beth bethany betsy betty beverly bianca
 bonnie brenda brianna bridget britney brittany brooke caitlin camila candace cara carla carly carmen carol
 caroline carolyn carrie cassandra catherine cathy catriona cecilia celia charlene charlotte cheryl chloe chloé
 christie christina christine cindy claire clara claudia colleen connie cora cristina cynthia daisy danielle daphne
 debbie deborah debra deirdre delia denise diana diane dolly dolores donna dora doris dorothy edith eileen elaine
 eleanor elisa elisabeth eliza elizabeth ella ellen ellie eloise emily emma erica erika estelle ethel eva evelyn
 felicity fiona flora florence frances francesca freya gabriella gabrielle gail gemma georgina geraldine gillian
 gina gladys glenda gloria grace greta gretchen gwen gwyneth hailey haley hannah harriet hayley hazel heather heidi
 helen helena henrietta hillary holly ida imogen ingrid irene iris irma isabel isabella isabelle isla jacqueline
 jane janet janice janine jasmine jeanne jennie jennifer jenny jessica jill jillian joan joanna joanne jocelyn
 jodie josephine josie joyce judith judy julia julie juliet karen kate katharine katherine kathleen kathryn kathy
 katie katrina katy kay kayla kelly kimberly kirsty kristen kristin kristina kylie laura lauren lavinia leah lesley
 lillian lily linda lisa liz liza lois lola lorena loretta lori lorna lorraine louisa louise lucille lucinda lucy
 lydia lynn madeleine madison maggie mandy marcia margaret margot maria marianne marie marilyn marion marjorie
 marlene martha mary matilda maureen maxine megan meghan melanie melinda melissa meredith meryl michaela michelle
 mildred miranda moira molly monica muriel nadine nancy naomi natalie natasha nell nicole nikki norma octavia
 olivia paige pamela patricia paula pauline peggy penelope penny petra philippa phoebe phyllis priscilla rachel
 rebecca rebekah regina renee rhonda rita roberta robyn rosalie rosalind rose rosemary rosie rowena roxanne ruby
 ruth sabrina sally samantha sandra sara sarah selina selena serena shannon sharon sheila sheryl shirley sonya
 sophia sophie stacey stacy stella stephanie susan susanna suzanne sylvia tabitha tammy tania tanya tara teresa
 tessa theresa tiffany tina tonya tracy trisha ursula valerie vanessa vera verity veronica vicky victoria violet
 vivian wendy whitney wilma winnie yvette yvonne zoe zoë alexandra marsha kyrsten condoleezza malia melania ivanka
 jacinda chrystia ketanji coretta aretha beyoncé beyonce rihanna oprah kamala tulsi keisha latoya aaliyah jada
 kiara ayanna rashida pramila dianne elena aoife niamh orla ciara aisling clodagh eimear grainne gráinne maeve
 mairead nuala sorcha una siobhan siobhán sinead sinéad saoirse roisin róisín ailsa kirsten bronwyn carys cerys nia
 seren sian siân rhian rhiannon alejandra ana ángela beatriz blanca catalina concepción consuelo daniela elsa
 esperanza estela fernanda florencia gabriela graciela inés ines itziar jimena ximena josefina juana leticia lucía
 lucia luisa magdalena manuela margarita maría mariana maribel marisol marta milagros mónica natalia nuria paloma
 paola pilar raquel rebeca rocío rocio rosa silvia sofía sofia soledad susana valentina valeria verónica yolanda
 adela adriana agustina aída aida aurora begoña elvira esther eugenia fátima fatima francisca gisela ivonne jazmín
 leonor lidia marcela marina micaela olga rosalía rosalia sonia tamara karina karla lilian liliana maite rigoberta
 xiomara dilma gleisi marielle luiza juliana bruna larissa letícia luana natália priscila renata tatiana thaís
 thais viviane débora debora cláudia flávia flavia isabela jéssica joana júlia lúcia márcia patrícia catarina
 mafalda madalena matilde filipa margarida andreia sílvia tânia marisa graça graca imelda corazon leni risa maricel
 kristine vilma nora lea regine teodora delcy dina amélie amelie aurélie aurelie béatrice brigitte cécile cecile
 céline celine chantal christelle christiane clémence clemence colette corinne delphine édith élisabeth elodie
 élodie émilie emilie fabienne françoise francoise geneviève genevieve hélène helene joséphine juliette laetitia
 laëtitia léa lucie manon marguerite martine mathilde monique nathalie noémie odile pascale rachida roselyne
 sandrine ségolène segolene séverine stéphanie sylvie valérie véronique veronique virginie adèle agathe anaïs anais
 élise elise emmanuelle fanny gisèle karine laure lise maud mélanie michèle mireille morgane murielle renée sabine
 solange thérèse margaux géraldine inès salomé salome yasmine zoé anouk aurore annalena sahra katja katrin kathrin
 susanne silke stefanie steffi ute uta heike birgit christa elke gudrun hannelore helga hildegard ilse inge jutta
 karin kerstin martina monika renate rosemarie sigrid sonja svenja tanja ulla ulrike anke antje astrid bärbel
 britta carola dagmar dorothea franziska frauke hanna johanna juliane jana cornelia lena luise maren margarete
 miriam saskia anja annika bettina hilde ingeborg katharina klara tatjana ricarda annemarie els femke liesbeth
 marieke marjolein mirjam mieke sanne wilhelmina kajsa agnetha anneli birgitta britt camilla ebba elin frida hanne
 helle katarina linnea liv malin margareta marit mette pernille ragnhild siv solveig sofie tove ulrika sanna tarja
 riikka liisa marja minna pia emilia elina mari signe thea maja mona tilda inga katrín jóhanna giorgia giulia
 chiara alessandra antonella caterina elisabetta federica gianna giovanna giuliana ilaria letizia lia margherita
 nadia nicoletta noemi ornella patrizia raffaella simona stefania tiziana vittoria arianna donatella eleonora gaia
 lara mia lina milena katerina eleni dimitra ioanna vasiliki angeliki konstantina panagiota despina fotini
 evangelia eirini irini theodora athina melina marianna aphrodite ariadne katia anastasia antigone katalin judit
 eszter ágnes erzsébet erzsebet ilona éva zsuzsanna zsuzsa krisztina anikó aniko beáta beata ildikó ildiko klára
 kinga lilla mária márta mónika nóra orsolya réka reka szilvia tünde vivien zsófia zsofia noémi viktória zita dóra
 fanni lili ioana andreea mihaela roxana georgiana alina irina corina ileana mădălina madalina nicoleta oana raluca
 ramona violeta anca aurelia camelia denisa larisa mirela sabina agnieszka aleksandra alicja danuta dorota ewa
 ewelina elżbieta elzbieta grażyna halina irena iwona izabela jadwiga jolanta justyna katarzyna krystyna małgorzata
 malgorzata paulina sylwia urszula wanda weronika zofia zuzanna bożena kamila karolina klaudia martyna oliwia agata
 aneta alena božena hana ivana kateřina lenka markéta marketa tereza veronika zuzana ivona ludmila věra barbora
 adéla kristýna iveta blanka zlata alla alyona darya daria dasha ekaterina yekaterina yelena elizaveta galina inna
 kseniya ksenia lyudmila lyubov masha nadezhda natalya nina oksana polina raisa svetlana tatyana ulyana varvara
 yana yulia yuliya zinaida zoya evgenia yevgenia kira nastya valeriya zhanna alisa arina milana olena oleksandra
 yuliia iryna kateryna halyna tetiana tetyana nataliya liudmyla larysa khrystyna mariya maryna nadiya viktoriya
 yaroslava svitlana sviatlana ruslana biljana danica dragana gordana jasmina jelena ljiljana marija milica mirjana
 nataša natasa snežana snezana vesna kolinda sanja dubravka lidija mila nada tijana desislava kristalina mira aisha
 aicha fatma khadija khadijah maryam mariam zainab zaynab layla leila laila salma hala huda hoda hanan rania reem
 rima noura amira amal asma asmaa basma dalia doaa duaa farida ghada hiba heba houda inas jamila jumana karima
 lamia lubna maha manal muna najla nawal nermin rasha rawan razan rola ruba rula sahar salwa samar samira sana
 sawsan shaima shaimaa sherine shereen souad suad suha sumaya suzan tahani widad yara yasmina zahra zeina zohra
 loubna malika meriem nabila nadira naima nawel saida samia soraya fadwa ghalia hessa latifa moza hind abeer afaf
 alia aliya alya arwa aya bushra fairuz marwa nahla najwa nesreen ranya reema safia safiya salima samiha dima siham
 yusra zubaida aziza yousra fatemeh narges nasrin parisa shirin farah golshifteh mahsa nazanin neda niloufar
 nilufar parvaneh roya sanaz shabnam shahla simin sima taraneh yasaman zeinab azadeh azar bahareh elham fariba
 farnaz ghazal mahnaz marjan mitra negar niloofar parvin roxane sepideh shahrzad soheila mahtab ayelet miri tzipi
 tzipora golda rivka orit shira tamar yael noa dafna hila inbal limor merav efrat galit keren liat naama ronit
 shani shoshana talia tali tova yaffa yafa yehudit hadas hadassah nurit anat devorah malka eliana ilana ayşe ayse
 emine zeynep elif meryem hatice merve büşra busra esra seda selin ece gülşen gulsen sibel sezen meral canan aylin
 aysel derya dilek ebru ezgi gamze hande hülya hulya ipek nazlı nazli nilüfer nilufer özlem ozlem pınar pinar sevda
 şule yasemin zehra nesrin aslı asli berna burcu damla duygu rabia tuğba tugba meltem anahit gayane hasmik lilit
 lusine ketevan maia tinatin mehriban gulnara dinara aigerim madina zarina dilnoza priya pooja neha anjali ananya
 aishwarya deepika priyanka kareena sonam shilpa madhuri rekha sridevi juhi kajol shraddha kriti taapsee vidya
 sunita kavita savita sarita lalita geeta seema meena reena rina nisha usha asha uma radha sita lakshmi laxmi
 parvati gauri indira indu jaya kalpana lata leela manju meera nalini nandini padma pallavi pratibha preeti rashmi
 ritu roshni ruchi sadhana sakshi sangeeta sapna shalini sharmila sheetal shobha shweta smita smriti sneha sonal
 sonali supriya sushma swati tanvi vandana varsha vimala anushka arti divya hema mamta megha nirmala payal poonam
 pragya ranjana shanti shruti sujata sushila urmila vaishali veena chitra manisha meenakshi naina revathi
 shakuntala sumitra vijaya vijayalakshmi yashoda mehbooba harsimrat kirron mayawati mamata jayalalithaa ritika
 archana anuradha kavitha saranya shanthi sujatha vani anitha kanimozhi nayanthara keerthy jyothika lavanya malini
 parvathy ramya rohini sandhya deepa kalyani madhavi radhika sudha chandrika gayatri indrani shreya dipika
 sreelekha rituparna sushmita khaleda hasina taslima sajeda farhana nasreen tahmina benazir hina sania mahira
 mehwish nida sidra hira iqra amna shazia uzma nargis farzana shabana tasneem rukhsana yasmeen saima samina shireen
 afshan fauzia naheed nazia parveen robina tahira ayesha sadia aleena harini thalatha chamari sirimavo bidya
 saraswati pratima siti nurul aishah azizah fatimah halimah rosmah zuraida rafidah noraini faridah kartini
 nurhaliza puteri sharifah aminah asmah salina megawati puan susi retno dewi ratna yenny yuni lestari wulan indah
 ayu putri sinta nurhayati anggun rini risma khofifah fitri intan kartika anisa rahayu yoko keiko yumiko akiko
 sakura yui aiko masako michiko mako hanako sachiko tomoko yoshiko noriko reiko mariko junko hiroko miyuki megumi
 ayumi yuko setsuko yuriko nanami ayaka yuna shiori saori kaori mayumi naoko kyoko sayaka minami hitomi yuka emi
 yukiko satomi airi haruka asuka nozomi sanae akie ngozi chioma chinwe nkechi adaeze amaka nneka chiamaka ifeoma
 oluchi adanna chinyere chidinma adaora obiageli oby chimamanda ijeoma ebele uzoma funmilayo funmi funke yetunde
 folake folasade bisola abike omolara titilayo yewande kemi bimbo bisi adunni morenike ronke sade oluwakemi
 olufunke olubunmi yemisi omotola oluremi abimbola adeola iyabo hauwa hadiza binta asabe rakiya hafsat halima
 bilkisu hajara amina maimuna abena adwoa akua akosua afua efua ama esi yaa araba ekua adjo abla aku afi dzifa
 wanjiku wambui wairimu njeri nyambura wanjiru wangari muthoni wangui njoki wanjira akinyi achieng atieno adhiambo
 awino anyango auma akoth apiyo nakato babirye nalubega nabukenya namuli neema rehema zawadi mwanaisha mwajuma
 zuhura mwanaidi meseret tigist almaz aster tirunesh genet hiwot meron birtukan mekdes yeshi lemlem azeb tsehay
 senait derartu hodan hawa faduma fadumo hibo ubah nimco deeqa idil amran fardowsa ikran sagal thandi nomvula
 lindiwe zanele nokuthula thandeka nomsa zodwa busisiwe nompumelelo ntombi zinhle nosipho sithembile sibongile
 nonhlanhla thembi nomfundo noluthando khanyisile nobuhle nkosazana mandisa thuli nomzamo thembeka siphokazi naledi
 palesa dineo refilwe puleng nthabiseng bontle rutendo chipo tsitsi vimbai rumbidzai chiedza fadzai ruvimbo tariro
 rudo fatou awa astou khady coumba aissatou bintou kadiatou oumou rokia ndeye mariama aminata fatoumata isatou
 aroha anahera huia kiri hine kahurangi awhina ataahua hinemoa salote mele lupe litia seini asenaca erin felicia
 justine lila malala maya mercy noor priti sue viktoria yasmin zara
`;

const MALE = `
 aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro alexander alexandre alexei
 alfred ali alistair allan ambrose amir anders andre andrew andrei andres andy angelo anthony antonio antony anwar
 arnold arthur asad ashraf austin barack barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon
 brett brian bruce bryan byron calvin carl carlos cedric charles charlie chuck clarence claude clifford clint colin
 connor craig curtis cyril dale dan daniel danny darren david dean dennis derek diego dimitri dmitry dmitri dmytro
 dominic don donald douglas drew duncan dwight earl ed eddie edgar eduardo edward edwin elias elijah elliot
 emmanuel emmerson enrique eric erik ernest ernesto eugene evan fabio faisal felix fernando francis francisco frank
 franklin fred frederick gabriel gareth garry gary gavin geoffrey george gerald gerard giorgio giovanni glenn
 gordon graham grant greg gregory guillermo gustavo guy hamid hans harold harry hassan hector helmut henry herbert
 hernan howard hugh hugo hussein ian ibrahim ibrahima igor imran isaac ismail ivan jack jacob jake james jamal
 jared jason javier jay jeff jeffrey jens jeremy jerome jerry jesse jim jimmy joachim joe joel johan john johnny
 jon jonathan jorge jose josé joseph joshua juan julian julio justin kamal karl keith ken kenneth kevin khalid kirk
 kurt lars lawrence leo leon leonard leonardo lewis liam lloyd louis lucas luis luke lyndon malcolm manish manuel
 marc marco marcus mario mark marko martin marvin matt matthew maurice max michael miguel mike mikhail milton mitch
 mitchell mohamed mohammad mohammed muhammad mustafa nabil nathan neil nelson nicholas nick nicolas nigel noah
 norman olaf oliver omar oscar osman owen pablo patrick paul pedro peter philip phillip pierre rafael ralph ramon
 randy raul ray raymond recep reginald rené rex ricardo richard rick rob robert roberto rodrigo roger roland ron
 ronald ross roy rupert russell ryan salman samir samuel saul scott sean sebastian sergei sergey seth shane sheldon
 simon stanley stefan stephen steve steven stuart tariq ted terry theodore thomas tim timothy tobias todd tom tommy
 tony travis trevor tyler uhuru umar valentin vernon victor vijay vikram vincent vladimir volodymyr walter warren
 wayne wesley william willie xavier yaakov yahya yasser yevgeny yosef youssef yuri yusuf zachary zbigniew zoltan
 emeka chinedu kwame kofi kojo yaw jomo raila olusegun goodluck muhammadu bola thabo kgalema hage yoweri salva riek
 abiy isaias mahamat macky alassane alastair alec alfie allen alvin angus archie basil bernie brendan caleb callum
 christopher clive conor conrad damian damon darius dave declan denis derrick desmond dirk donovan dorian doug
 dwayne dylan eamon eamonn edmund eli elliott elton elvis emmett ethan ezra floyd freddie gilbert harrison harvey
 isaiah jasper jermaine jonah jonas josh jude keir kenny kieran kyle lamar larry lionel luther marlon nathaniel
 neville niall phil quentin reggie reid rhys ricky rodney rory seamus séamus spencer stewart terence theo toby
 vaughn vince wallace winston hakeem rishi sajid nadhim kwasi humza anas aidan ciaran ciarán dónal eoin enda
 micheál padraig pádraig ronan seán dermot killian hamish euan ewan gregor iain graeme geraint huw owain rhodri
 idris alfonso álvaro alvaro andrés armando arturo benito césar cesar cristóbal cristobal emilio esteban evo fabián
 fabian federico felipe gerardo gonzalo héctor hernán ignacio iván jaime joaquín joaquin julián marcelo marcos
 mariano martín mateo mauricio nicolás óscar ramiro ramón raúl rubén ruben sebastián tomás tomas vicente víctor
 abel adolfo agustín agustin aldo ángel bernardo claudio cristian darío dario elías emiliano fidel guido humberto
 ismael matías matias moisés moises néstor nestor octavio saúl silvio teodoro jordi josep xavi jair luiz luís lula
 joão joao paulo ronaldo sérgio sergio vinícius vinicius thiago tiago ciro flávio flavio henrique edson fábio júlio
 neymar joaquim nuno rui gonçalo goncalo andré antónio artur diogo filipe frederico mário nélson rúben vasco vítor
 vitor cristiano giuseppe matteo enrico paolo massimo luigi francesco alessandro carlo davide domenico emanuele
 fabrizio filippo giacomo gianluca gianni giancarlo gianfranco gino giulio lorenzo luca luciano marcello maurizio
 pietro raffaele riccardo salvatore stefano tommaso umberto valerio vincenzo vittorio bruno cesare edoardo enzo
 rocco sandro dino massimiliano mauro romeo jacques françois francois michel philippe alain christophe didier éric
 étienne etienne fabien florian franck frédéric frederic gérard gilles guillaume henri jérôme joël julien laurent
 luc marcel mathieu matthieu maxime olivier pascal patrice raphaël raphael rémi remy rémy sébastien sebastien serge
 stéphane stephane sylvain thibault thierry yannick yann yves antoine arnaud benoît benoit cédric clément edouard
 édouard fabrice gaël jules romain théo tristan adrien armand aurélien aurelien baptiste émile emile félix georges
 kylian léo léon zinédine zinedine bertrand friedrich wolfgang jürgen klaus dieter horst günter günther manfred
 rainer uwe jörg markus matthias norbert ralf rolf steffen thorsten torsten ulrich volker werner wilhelm heinz
 heinrich hermann gerhard gerd hannes johannes ludwig moritz niklas nils otto philipp sascha sven ulf armin anton
 bernd björn bjorn christoph erich ernst maximilian fritz georg hendrik jakob oskar timo carsten karsten cem gunnar
 erwin ferdinand franz gustav harald konstantin lukas nico rudolf geert wopke henk jeroen joost kees klaas maarten
 pieter piet ruud rutger wim willem wouter frans sander karel virgil arne bjørn fredrik håkan henrik jesper knut
 kristian leif magnus mikael morten rasmus axel juha jukka matti mikko pekka petteri sauli antti heikki guðni gudni
 andreas antonis christos constantine konstantinos costas kostas dimitris dimitrios evangelos georgios giorgos
 yiannis giannis ioannis kyriakos michalis nikos nikolaos panagiotis panos pavlos petros spyros stavros stelios
 thanasis theodoros vasilis vassilis yannis angelos leonidas stefanos alexandros péter gábor gabor lászló laszlo
 istván istvan józsef jozsef zoltán ferenc sándor sandor tamás tamas attila balázs balazs zsolt csaba gergely gyula
 imre jános janos károly karoly miklós miklos tibor andrás andras béla bela györgy gyorgy nicolae gheorghe vasile
 constantin mihai alexandru bogdan cătălin catalin emil florin lucian mircea nicușor nicusor radu tudor vlad
 andrzej bartosz dariusz grzegorz jacek jakub janusz jarosław jaroslaw jerzy józef kamil karol kazimierz konrad
 krzysztof lech leszek łukasz lukasz maciej marcin marek mariusz mateusz michał paweł pawel piotr radosław radoslaw
 rafał rafal stanisław stanislaw szymon tadeusz tomasz wojciech dawid filip václav vaclav miloš milos petr pavel
 jiří jiri jaroslav josef miroslav ondřej ondrej stanislav tomáš vladimír lukáš jozef juraj dominik andrej viktor
 aleksei alexey nikolai nikolay evgeny yury oleg vladislav vyacheslav gennady maxim maksim anatoly artem artyom
 fyodor fedor ilya kirill leonid lev pyotr ruslan timur vadim vasily vitaly vitali yaroslav aleksandr alexandr
 arseny eduard taras yakov ramzan shamil magomed rustam aslan dzhokhar oleksandr oleksiy oleksii mykola mykhailo
 petro serhiy serhii yuriy yurii andriy andrii vitaliy vasyl ihor oleh bohdan valerii anatoliy arseniy denys kyrylo
 maksym pavlo yevhen aleksandar dušan dusan goran ivica ivo jovan luka novak slobodan tomislav zoran zlatko boyko
 rumen georgi dimitar mehmet ahmet hüseyin huseyin hasan murat emre burak kemal mesut arda hakan serkan tolga ekrem
 binali devlet selahattin ertuğrul ertugrul ömer omer halil süleyman suleyman bülent bulent levent fatih orhan
 turgut nazım nazim yılmaz yilmaz sinan serdar tarik uğur ugur cengiz metin mevlüt mevlut selim tayyip armen aram
 tigran davit hrant nikol serzh levon mikheil bidzina giorgi irakli levan zurab nursultan kassym shavkat emomali
 gurbanguly heydar abdulaziz abdelaziz abdelkader abdelmadjid abdallah abdulrahman abdelrahman abdulla adel adil
 ayman bashar hafez hosni gamal fahad fahd tamim hamad rashid majid maher marwan mahmoud mahmud moustafa mostafa
 mustapha nizar osama usama qasim qassem rami riad riyad saad saeed saleh salah sami samer sharif tarek tareq wael
 walid waleed yassin younes younis yunus ziad zaid hamdan hamza hazem hisham imad issa jaber jawad kamel karim
 khaled lotfi mahdi mansour mounir munir naguib najib nouri nuri rachid rafik ramzi sadiq sofiane talal tawfiq
 tawfik yousef zakaria abbas adnan akram amr aziz bassam bilal emad fadi fares farid fouad fuad ghassan habib hadi
 haitham hakim hani haroun harun jalal jamil kareem khalil mazen nadim nasser nayef reda salim tamer usman ammar
 bashir brahim driss kais kaïs mehdi nadir noureddine youcef abdelkrim abderrahmane hicham yassine ismaël achraf
 amine mansoor saif hany sherif sameh magdi ramy essam hesham sayed fathi boutros muammar saddam qusay uday
 abdelfattah abdel hossein reza javad akbar ebrahim masoud massoud morteza mohsen saeid arash cyrus dariush farhad
 kamran nader navid omid parviz ramin ruhollah alireza nima amin avi avraham binyamin yitzhak itzhak moshe naftali
 benny ehud yair yoav gideon itamar bezalel avigdor eyal gilad ilan nadav nir oren shimon shlomo uri yehuda yonatan
 yuval amos meir menachem reuven yossi chaim narendra rahul amit rajnath arvind manmohan atal jawaharlal uddhav
 sharad nitish lalu akhilesh mukesh anil gautam ratan azim shashi sachin virat rohit mahendra sourav rishabh
 jasprit hardik ravindra ravi rajesh suresh ramesh mahesh ganesh dinesh naresh rakesh prakash vikas vivek sanjay
 ajay vinod sunil anand arjun ashok deepak gaurav jagdish kapil manoj mohan nitin pankaj piyush pradeep pranab
 raghav rajiv rajeev sandeep santosh satish shekhar siddharth subhash sudhir sumit suraj tarun varun venkatesh
 vishal yash abhishek aditya akash amitabh arun bhupendra devendra dhruv govind hemant kailash karan naveen nikhil
 pawan prashant rajendra rohan sanjeev shankar sukhbir jaishankar dharmendra bhagwant jagmeet amarinder harbhajan
 yuvraj shahrukh aamir akshay irfan karthik senthil sundar udhayanidhi jagan chandrababu revanth siddaramaiah
 shivakumar krishnan gopal raghuram satya hari vishnu ashwin chandrashekhar prasad nawaz shehbaz shahbaz asif
 bilawal zulfikar pervez parvez shahid shoaib wasim babar shaheen fawad zafar tahir yousaf ayub farooq farhan
 ghulam hafiz iqbal jahangir javed liaquat zahid mujibur ziaur hussain shakib rabindranath amartya satyajit abhijit
 subhas suvendu tarique mahinda gotabaya ranil sajith anura maithripala namal lasith sanath aravinda mahela muttiah
 arjuna tissa prasanna baburam gyanendra birendra balendra narayan sagar bikram joko susilo prabowo mahathir
 muhyiddin hishammuddin rafizi budi agus bambang sandiaga anies ganjar gibran ridwan rizal iskandar basuki luhut
 arif airlangga mahfud jusuf manny jejomar benigno danilo jinggoy hiroshi takashi kenji shinzo fumio yoshihide
 junichiro taro ichiro kazuo shohei takeshi satoshi akio masahiro shigeru haruki yoshihiko naoto yukio hideki
 masayoshi osamu akihito naruhito hirohito fumihito akira chidi ifeanyi obinna ikenna chukwuemeka nnamdi ebuka
 chinua chukwuma babatunde adebayo ademola adewale femi gbenga kayode kunle segun tunde wale babajide oluwole
 adeyemi dele wole rotimi godwin kashim atiku abubakar aliyu sani musa umaru yakubu nuhu shehu haruna murtala
 danjuma aminu nasir kwesi kwadwo kwabena kobina kwaku kweku fiifi kwamina ekow kossi kodjo edem mawuli kamau
 njoroge mwangi kariuki kimani macharia maina ngugi kithure rigathi otieno odhiambo ochieng omondi onyango owino
 okoth ouma kalonzo musalia waswa mukasa mutebi muhoozi kizza juma baraka jabari rashidi hamisi bakari omari jakaya
 julius haile tewodros meles mengistu getachew tesfaye alemayehu yohannes dawit tadesse bekele girma kebede
 mulugeta berhanu abebe kenenisa abdirahman abdullahi mohamud abdi abdiweli sipho themba bongani mandla sibusiso
 siyabonga jabulani sandile nkosinathi mthunzi thulani vusi bheki zweli mzwandile xolani sizwe luvuyo vuyo sifiso
 kaizer pitso gwede mmusi tshepo kgosi mokgweetsi seretse festus quett kabelo tonderai tawanda tichaona obert
 constantino samora ousmane bassirou moussa mamadou abdoulaye sadio amadou idrissa modou lamine babacar aliou salif
 youssou boubacar seydou souleymane oumar hamidou assimi mahamadou sekou lansana blaise mamadi moïse moise tane
 wiremu hemi rawiri tamati mikaere matiu tipene tavita sione ioane tevita viliami tomasi sitiveni josaia mosese
`;

const BY_NAME = new Map<string, Gender>();
for (const name of FEMALE.trim().split(/\s+/)) BY_NAME.set(name, 'f');
for (const name of MALE.trim().split(/\s+/)) BY_NAME.set(name, 'm');

/** The usual gender of a given name, or null when it is not a known given name. */
export function givenNameGender(name: string): Gender | null {
  const key = name.toLowerCase().split('-')[0];
  return BY_NAME.get(key) ?? null;
}
