// Common given names with the gender they usually carry, for "she"/"he" and
// for finding where a name starts after a long title. Names used for both
// (Alexis, Jordan, Kim, Lindsey, Jean, Andrea) are left out on purpose: the
// text's own pronouns decide those.

export type Gender = 'f' | 'm';

const FEMALE = `
 abigail ada adele adriana agnes agnès aisha alejandra alexandra alice alicia alina alison allison alma amal amanda
 amber amelia amina amy ana anastasia angela angelina anita ann anna anne annette antonia april ariana ashley
 aurora ayesha barbara beatrice belinda bella benazir bernadette beth betty beverly bianca brenda bridget
 brittany camila carla carmen carol caroline carolyn cassandra catherine cecilia celia charlotte chelsea cheryl
 chloe christina christine cindy claire clara claudia colleen connie cora cristina cynthia daisy daniela danielle
 daphne deborah debra denise diana diane donna doris dorothy edith elaine eleanor elena elif elisabeth
 eliza elizabeth ella ellen emily emma erica erin esther eva evelyn farah fatima fatma felicia fiona florence
 frances francesca gabriela gabrielle gail gemma georgia gina giulia gloria grace greta gwen hadiza hana hannah
 harriet heather heidi helen helena hilary hillary holly hope ida ingrid irene iris isabel isabella jacqueline
 jane janet janice jasmine jennie jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith
 judy julia julie juliet june justine karen karin kate katherine kathleen kathryn kathy katie katrina kay
 kayla kelly kimberly kristen kristin kristina laila lara laura lauren leah leila lena leslie lila lillian lily linda
 lisa liz liza lois lori lorraine louise lucia lucy luisa lydia lynn madeleine madison magdalena maggie malala
 mandy marcela margaret maria mariam marian marie marina marion marisa marjorie marta martha mary maryam
 maya megan melanie melinda melissa mercy mia michelle mildred miriam molly monica nadia nancy naomi natalia
 natalie natasha nicola nicole nikki nina noor nora olga olivia pamela patricia paula pauline penelope
 penny phoebe phyllis pilar priscilla priti rachel rana rebecca regina renee rita roberta rosa rosalind rose
 rosemary ruth sabrina sadia salma samantha sandra sara sarah shannon sharon sheila shirley silvia simone sofia
 sonia sophia sophie stacy stella stephanie sue susan suzanne svetlana sylvia tamara tanya teresa theresa
 tiffany tina tonya tracy ulrike ursula valentina valerie vanessa vera veronica victoria viktoria violet
 virginia vivian wanda wendy whitney yasmin yolanda yulia yvonne zainab zara zoe mariana ngozi chioma
 amani wanjiru akua abena adwoa ama efua esi halima fatoumata aminata mariama isatou ngozi funmilayo yetunde
 chimamanda graca graça winnie thandi nomvula lindiwe zanele sithembile
`;

const MALE = `
 aaron abdul abdullah abraham adam adrian ahmad ahmed alan albert alberto alejandro alexander alexandre alexei
 alfred ali alistair allan ambrose amir anders andre andrew andrei andres andy angelo anthony antonio antony
 anwar arnold arthur asad ashraf austin barack barry ben benjamin bernard bill billy bob bobby boris brad
 bradley brandon brett brian bruce bryan byron calvin carl carlos cedric chad charles charlie chuck clarence
 claude clifford clint colin connor craig curtis cyril dale dan daniel danny darren david dean dennis derek
 diego dimitri dmitry dmitri dmytro dominic don donald douglas drew duncan dwight earl ed eddie edgar eduardo
 edward edwin elias elijah elliot emmanuel emmerson enrique eric erik ernest ernesto eugene evan fabio faisal
 felix fernando francis francisco frank franklin fred frederick gabriel gareth garry gary gavin geoffrey george
 gerald gerard giorgio giovanni glenn gordon graham grant greg gregory guillermo gustavo guy hamid hans
 harold harry hassan hector helmut henry herbert hernan howard hugh hugo hussein ian ibrahim ibrahima igor imran
 isaac ismail ivan jack jacob jake james jamal jared jason javier jay jeff jeffrey jens jeremy jerome jerry jesse
 jim jimmy joachim joe joel johan john johnny jon jonathan jorge jose josé joseph joshua juan julian julio
 justin kamal karl keith ken kenneth kevin khalid kirk kurt lars lawrence lee leo leon leonard leonardo lewis
 liam lloyd louis lucas luis luke lyndon malcolm manish manuel marc marco marcus mario mark marko martin marvin
 matt matthew maurice max michael miguel mike mikhail milton mitch mitchell mohamed mohammad mohammed muhammad
 mustafa nabil nathan neil nelson nicholas nick nicolas nigel noah norman olaf oliver omar oscar osman owen pablo
 patrick paul pedro per peter philip phillip pierre rafael ralph ramon randy raul ray raymond recep reginald
 rené rex ricardo richard rick rob robert roberto robin rodrigo roger roland ron ronald ross roy rupert russell
 ryan said salman sam samir samuel saul scott sean sebastian sergei sergey seth shane sheldon simon stanley
 stefan stephen steve steven stuart tariq ted terry theodore thomas tim timothy tobias todd tom tommy tony
 travis trevor tyler uhuru umar valentin vernon victor vijay vikram vincent vladimir volodymyr walter warren
 wayne wei wesley william willie xavier yaakov yahya yasser yevgeny yosef youssef yuri yusuf zachary zbigniew
 zoltan emeka chinedu kwame kofi kojo yaw jomo raila william
 olusegun goodluck muhammadu bola cyril jacob thabo nelson kgalema hage paul yoweri salva riek abiy isaias
 mahamat macky alassane george
`;

const BY_NAME = new Map<string, Gender>();
for (const name of FEMALE.trim().split(/\s+/)) BY_NAME.set(name, 'f');
for (const name of MALE.trim().split(/\s+/)) BY_NAME.set(name, 'm');

/** The usual gender of a given name, or null when it is not a known given name. */
export function givenNameGender(name: string): Gender | null {
 const key = name.toLowerCase().split('-')[0];
 return BY_NAME.get(key) ?? null;
}
