define ptx_kernel void @$K(i32* %list, i8* %full, i32 %ch, i32* %clist, i32* %comp, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, 2
	%12 = mul i32 %11, %NK
	%13 = add i32 %NK, 63
	%14 = sdiv i32 %13, 64
	br label %15

15:
	%16 = phi i32 [ 0, %entry ], [ %98, %97 ]
	%17 = phi i32 [ 0, %entry ], [ %84, %97 ]
	%18 = phi i32 [ 0, %entry ], [ %42, %97 ]
	%19 = icmp slt i32 %16, %NK
	br i1 %19, label %20, label %24

20:
	%21 = sub i32 %NK, %16
	%22 = icmp slt i32 %21, u0x8000
	%23 = select i1 %22, i32 %21, i32 u0x8000
	br label %25

24:
	br label %230

25:
	%26 = phi i32 [ %0, %20 ], [ %35, %28 ]
	%27 = icmp slt i32 %26, %23
	br i1 %27, label %28, label %36

28:
	%29 = add i32 %16, %26
	%30 = add i32 %10, %29
	%31 = sext i32 %30 to i64
	%32 = getelementptr i8, i8* %full, i64 %31
	%33 = load i8, i8* %32
	%34 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %26
	store i8 %33, i8 addrspace(3)* %34
	%35 = add i32 %26, 256
	br label %25

36:
	call void @llvm.nvvm.barrier0()
	%37 = icmp eq i32 %0, 0
	br i1 %37, label %38, label %39

38:
	store i32 %NK, i32 addrspace(3)* @$K_end
	br label %39

39:
	call void @llvm.nvvm.barrier0()
	br label %40

40:
	%41 = phi i32 [ 0, %39 ], [ %78, %76 ]
	%42 = phi i32 [ %NK, %39 ], [ %66, %76 ]
	%43 = icmp slt i32 %41, %NK
	br i1 %43, label %44, label %47

44:
	%45 = add i32 %41, %0
	%46 = icmp slt i32 %45, %NK
	br i1 %46, label %52, label %57

47:
	call void @llvm.nvvm.barrier0()
	%48 = sdiv i32 %16, 64
	%49 = add i32 %16, %23
	%50 = add i32 %49, 63
	%51 = sdiv i32 %50, 64
	br label %82

52:
	%53 = add i32 %12, %45
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	br label %57

57:
	%58 = phi i32 [ 0, %44 ], [ %56, %52 ]
	%59 = icmp slt i32 %58, 0
	%60 = and i1 %46, %59
	%61 = zext i1 %60 to i32
	%62 = call i32 @llvm.nvvm.barrier0.or(i32 %61)
	%63 = icmp ne i32 %62, 0
	br i1 %63, label %64, label %65

64:
	br i1 %60, label %69, label %71

65:
	%66 = phi i32 [ %NK, %57 ], [ %72, %71 ]
	%67 = icmp slt i32 %45, %66
	%68 = and i1 %46, %67
	br i1 %68, label %73, label %76

69:
	%70 = atomicrmw min i32 addrspace(3)* @$K_end, i32 %45 monotonic
	br label %71

71:
	call void @llvm.nvvm.barrier0()
	%72 = load i32, i32 addrspace(3)* @$K_end
	br label %65

73:
	%74 = sub i32 %58, %16
	%75 = icmp ult i32 %74, %23
	br i1 %75, label %79, label %81

76:
	%77 = add i32 %41, 256
	%78 = select i1 %63, i32 %NK, i32 %77
	br label %40

79:
	%80 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %74
	store i8 0, i8 addrspace(3)* %80
	br label %81

81:
	br label %76

82:
	%83 = phi i32 [ %48, %47 ], [ %229, %227 ]
	%84 = phi i32 [ %17, %47 ], [ %228, %227 ]
	%85 = icmp slt i32 %83, %51
	br i1 %85, label %86, label %97

86:
	%87 = add i32 %83, %4
	%88 = icmp slt i32 %87, %51
	%89 = mul i32 %87, 64
	%90 = add i32 %89, 64
	%91 = icmp slt i32 %90, %NK
	%92 = select i1 %91, i32 %90, i32 %NK
	%93 = add i32 %3, 0
	%94 = add i32 %89, %93
	%95 = icmp slt i32 %94, %92
	%96 = and i1 %88, %95
	br i1 %96, label %99, label %103

97:
	call void @llvm.nvvm.barrier0()
	%98 = add i32 %16, u0x8000
	br label %15

99:
	%100 = sub i32 %94, %16
	%101 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %100
	%102 = load i8, i8 addrspace(3)* %101
	br label %103

103:
	%104 = phi i8 [ 0, %86 ], [ %102, %99 ]
	%105 = icmp ne i8 %104, 0
	%106 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %105)
	%107 = or i32 0, %106
	%108 = add i32 %3, 32
	%109 = add i32 %89, %108
	%110 = icmp slt i32 %109, %92
	%111 = and i1 %88, %110
	br i1 %111, label %112, label %116

112:
	%113 = sub i32 %109, %16
	%114 = getelementptr [32768 x i8], [32768 x i8] addrspace(3)* @$K_flags, i32 0, i32 %113
	%115 = load i8, i8 addrspace(3)* %114
	br label %116

116:
	%117 = phi i8 [ 0, %103 ], [ %115, %112 ]
	%118 = icmp ne i8 %117, 0
	%119 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %118)
	%120 = or i32 %107, %119
	%121 = icmp eq i32 %3, 0
	%122 = and i1 %121, %88
	br i1 %122, label %123, label %133

123:
	%124 = mul i32 %6, %14
	%125 = add i32 %124, %87
	%126 = mul i32 %125, 2
	%127 = add i32 %126, 0
	%128 = sext i32 %127 to i64
	%129 = getelementptr i32, i32* %comp, i64 %128
	store i32 %106, i32* %129
	%130 = add i32 %126, 1
	%131 = sext i32 %130 to i64
	%132 = getelementptr i32, i32* %comp, i64 %131
	store i32 %119, i32* %132
	br label %133

133:
	%134 = and i1 %121, %88
	%135 = icmp ne i32 %120, 0
	%136 = and i1 %134, %135
	%137 = zext i1 %136 to i32
	%138 = and i32 %0, 31
	%139 = lshr i32 %0, 5
	%140 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %137, i32 1, i32 0)
	%141 = icmp uge i32 %138, 1
	%142 = select i1 %141, i32 %140, i32 0
	%143 = add i32 %137, %142
	%144 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %143, i32 2, i32 0)
	%145 = icmp uge i32 %138, 2
	%146 = select i1 %145, i32 %144, i32 0
	%147 = add i32 %143, %146
	%148 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %147, i32 4, i32 0)
	%149 = icmp uge i32 %138, 4
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %147, %150
	%152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %151, i32 8, i32 0)
	%153 = icmp uge i32 %138, 8
	%154 = select i1 %153, i32 %152, i32 0
	%155 = add i32 %151, %154
	%156 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %155, i32 16, i32 0)
	%157 = icmp uge i32 %138, 16
	%158 = select i1 %157, i32 %156, i32 0
	%159 = add i32 %155, %158
	%160 = icmp eq i32 %138, 31
	br i1 %160, label %161, label %163

161:
	%162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 %139
	store i32 %159, i32 addrspace(3)* %162
	br label %163

163:
	call void @llvm.nvvm.barrier0()
	%164 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 0
	%165 = load i32, i32 addrspace(3)* %164
	%166 = icmp sgt i32 %139, 0
	%167 = select i1 %166, i32 %165, i32 0
	%168 = add i32 0, %167
	%169 = add i32 0, %165
	%170 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 1
	%171 = load i32, i32 addrspace(3)* %170
	%172 = icmp sgt i32 %139, 1
	%173 = select i1 %172, i32 %171, i32 0
	%174 = add i32 %168, %173
	%175 = add i32 %169, %171
	%176 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 2
	%177 = load i32, i32 addrspace(3)* %176
	%178 = icmp sgt i32 %139, 2
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = add i32 %175, %177
	%182 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 3
	%183 = load i32, i32 addrspace(3)* %182
	%184 = icmp sgt i32 %139, 3
	%185 = select i1 %184, i32 %183, i32 0
	%186 = add i32 %180, %185
	%187 = add i32 %181, %183
	%188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 4
	%189 = load i32, i32 addrspace(3)* %188
	%190 = icmp sgt i32 %139, 4
	%191 = select i1 %190, i32 %189, i32 0
	%192 = add i32 %186, %191
	%193 = add i32 %187, %189
	%194 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 5
	%195 = load i32, i32 addrspace(3)* %194
	%196 = icmp sgt i32 %139, 5
	%197 = select i1 %196, i32 %195, i32 0
	%198 = add i32 %192, %197
	%199 = add i32 %193, %195
	%200 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 6
	%201 = load i32, i32 addrspace(3)* %200
	%202 = icmp sgt i32 %139, 6
	%203 = select i1 %202, i32 %201, i32 0
	%204 = add i32 %198, %203
	%205 = add i32 %199, %201
	%206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scan, i32 0, i32 7
	%207 = load i32, i32 addrspace(3)* %206
	%208 = icmp sgt i32 %139, 7
	%209 = select i1 %208, i32 %207, i32 0
	%210 = add i32 %204, %209
	%211 = add i32 %205, %207
	%212 = add i32 %210, %159
	%213 = sub i32 %212, %137
	%214 = add i32 %42, %84
	%215 = add i32 %214, %213
	%216 = icmp slt i32 %215, %NK
	%217 = and i1 %136, %216
	br i1 %217, label %218, label %227

218:
	%219 = add i32 %NK, %87
	%220 = add i32 %12, %215
	%221 = sext i32 %220 to i64
	%222 = getelementptr i32, i32* %clist, i64 %221
	store i32 %219, i32* %222
	%223 = add i32 %12, %NK
	%224 = add i32 %223, %215
	%225 = sext i32 %224 to i64
	%226 = getelementptr i32, i32* %clist, i64 %225
	store i32 0, i32* %226
	br label %227

227:
	call void @llvm.nvvm.barrier0()
	%228 = add i32 %84, %211
	%229 = add i32 %83, 8
	br label %82

230:
	%231 = phi i32 [ %0, %24 ], [ %250, %233 ]
	%232 = icmp slt i32 %231, %18
	br i1 %232, label %233, label %251

233:
	%234 = mul i32 %NK, 0
	%235 = add i32 %12, %234
	%236 = add i32 %235, %231
	%237 = sext i32 %236 to i64
	%238 = getelementptr i32, i32* %list, i64 %237
	%239 = load i32, i32* %238
	%240 = sext i32 %236 to i64
	%241 = getelementptr i32, i32* %clist, i64 %240
	store i32 %239, i32* %241
	%242 = mul i32 %NK, 1
	%243 = add i32 %12, %242
	%244 = add i32 %243, %231
	%245 = sext i32 %244 to i64
	%246 = getelementptr i32, i32* %list, i64 %245
	%247 = load i32, i32* %246
	%248 = sext i32 %244 to i64
	%249 = getelementptr i32, i32* %clist, i64 %248
	store i32 %247, i32* %249
	%250 = add i32 %231, 256
	br label %230

251:
	%252 = add i32 %18, %17
	%253 = add i32 %252, %0
	%254 = add i32 %252, 1
	%255 = icmp slt i32 %254, %NK
	%256 = select i1 %255, i32 %254, i32 %NK
	br label %257

257:
	%258 = phi i32 [ %253, %251 ], [ %268, %260 ]
	%259 = icmp slt i32 %258, %256
	br i1 %259, label %260, label %269

260:
	%261 = add i32 %12, %258
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %clist, i64 %262
	store i32 -1, i32* %263
	%264 = add i32 %12, %NK
	%265 = add i32 %264, %258
	%266 = sext i32 %265 to i64
	%267 = getelementptr i32, i32* %clist, i64 %266
	store i32 -1, i32* %267
	%268 = add i32 %258, 256
	br label %257

269:
	ret void
}
