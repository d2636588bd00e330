#include "demo/names.h"

namespace partnership::demo {

const std::vector<std::string>& GivenNames() {
  static const std::vector<std::string>* const kNames = new std::vector<std::string>{
      "Oliver",  "George",   "Harry",   "Jack",    "Jacob",    "Noah",     "Charlie",
      "Thomas",  "Oscar",    "William", "James",   "Henry",    "Daniel",   "Samuel",
      "Joseph",  "David",    "Richard", "Mark",    "Paul",     "Andrew",   "Peter",
      "Michael", "Simon",    "Stephen", "Matthew", "Robert",   "Christopher", "Ian",
      "Gareth",  "Rhys",     "Owen",    "Alistair", "Rajesh",  "Imran",    "Tariq",
      "Olivia",  "Amelia",   "Isla",    "Ava",     "Emily",    "Sophie",   "Grace",
      "Lily",    "Ella",     "Charlotte", "Hannah", "Lucy",    "Sarah",    "Emma",
      "Rachel",  "Claire",   "Helen",   "Joanne",  "Karen",    "Nicola",   "Rebecca",
      "Laura",   "Victoria", "Catherine", "Elizabeth", "Fiona", "Gemma",   "Jennifer",
      "Kate",    "Louise",   "Michelle", "Natalie", "Rosie",   "Siobhan",  "Priya",
      "Aisha",   "Megan",    "Bethan",  "Zoe",     "Alison",   "Jane",     "Ruth",
  };
  return *kNames;
}

const std::vector<std::string>& FamilyNames() {
  static const std::vector<std::string>* const kNames = new std::vector<std::string>{
      "Smith",     "Jones",     "Taylor",   "Brown",    "Williams",  "Wilson",   "Johnson",
      "Davies",    "Robinson",  "Wright",   "Thompson", "Evans",     "Walker",   "White",
      "Roberts",   "Green",     "Hall",     "Wood",     "Jackson",   "Clarke",   "Hughes",
      "Edwards",   "Turner",    "Hill",     "Moore",    "Cooper",    "Ward",     "Morris",
      "King",      "Watson",    "Harris",   "Baker",    "Lewis",     "Martin",   "Allen",
      "Young",     "Mitchell",  "Anderson", "Phillips", "Bennett",   "Carter",   "Shaw",
      "Cook",      "Richardson", "Bailey",  "Collins",  "Parker",    "Morgan",   "Price",
      "Bell",      "Griffiths", "Kelly",    "Simpson",  "Marshall",  "Harrison", "Chapman",
      "Ellis",     "Mason",     "Lee",      "Hunt",     "Holmes",    "Palmer",   "Webb",
      "Rogers",    "Stevens",   "Lloyd",    "Pearce",   "Fisher",    "Dixon",    "Butler",
      "Barnes",    "Russell",   "Fox",      "Knight",   "Gibson",    "Powell",   "Matthews",
      "Lawrence",  "Hussain",   "Khan",     "Patel",    "Ahmed",     "Singh",    "Begum",
      "O'Neill",   "O'Brien",   "McKenzie", "Campbell", "Stewart",   "Reid",     "Murray",
      "Harding",   "Vaughan",   "Probert",  "Meredith", "Baldwin",   "Cole",     "Haines",
      "Hale",      "Jenkins",   "Gough",    "Pritchard", "Mills",    "Gardner",  "Sparkes",
      "Smith-Jones", "Ashby",   "Lane",     "Dawe",     "Tovey",     "Hewer",    "Keen",
  };
  return *kNames;
}

const std::vector<std::string>& PrimaryNameWords() {
  static const std::vector<std::string>* const kWords = new std::vector<std::string>{
      "Brookside",  "Meadow",     "Orchard",    "Hillside",   "Woodside",   "Springfield",
      "Valley",     "Green",      "Hawthorn",   "Kingfisher", "Skylark",    "Millbrook",
      "Oak Tree",   "Beech Tree", "Willow",     "Ash Grove",  "Elm Tree",   "Heron",
      "Foxglove",   "Bluebell",   "Primrose",   "Larkrise",   "Cedar",      "Holly",
      "Rowan",      "Hazel",      "Chestnut",   "Sycamore",   "Linden",     "Riverside",
      "Manor",      "Grange",     "Westfield",  "Eastfield",  "Northfield", "Highfield",
      "Stonebridge", "Windmill",  "Watermill",  "Wren",       "Kestrel",    "Swallow",
      "Otter",      "Badgers Wood", "Church Meadow", "Cherry Tree", "Pear Tree", "Moorland",
  };
  return *kWords;
}

const std::vector<std::string>& SecondaryNameWords() {
  static const std::vector<std::string>* const kWords = new std::vector<std::string>{
      "Beacon",    "Ridge",     "Heights",   "Vale",      "Parkside",  "Grange",
      "Highfield", "Hillview",  "Oakwood",   "Ashwood",   "Elmfield",  "Riverside",
      "Northgate", "Southgate", "Eastgate",  "Westgate",  "Severnside", "Edgehill",
      "Marlwood",  "Longfield", "Brookfield", "Wychwood", "Fairmead",  "Stonecroft",
  };
  return *kWords;
}

const std::vector<std::string>& SpecialNameWords() {
  static const std::vector<std::string>* const kWords = new std::vector<std::string>{
      "Heron",  "Willow", "Meadow", "Rowan", "Larch",  "Cedar",   "Hazel",
      "Aspen",  "Bramble", "Kestrel", "Alder", "Juniper", "Maple", "Linnet",
  };
  return *kWords;
}

}  // namespace partnership::demo
