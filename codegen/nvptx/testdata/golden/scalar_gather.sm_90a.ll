; scalargather
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@scalargather_permute0_probe = internal addrspace(3) global [64 x float] undef, align 16
@scalargather_permute0_keys = internal addrspace(3) global [256 x i64] undef, align 16
@scalargather_permute0_flag = internal addrspace(3) global [2 x i32] undef, align 4
@scalargather_select2_x = internal addrspace(3) global [4096 x i32] undef, align 16
@scalargather_select2_c = internal addrspace(3) global [4096 x i32] undef, align 16
@scalargather_select2_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@scalargather_select2_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@scalargather_select2_hist = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_red = internal addrspace(3) global [32 x float] undef, align 16
@scalargather_select2_scana = internal addrspace(3) global [8 x i32] undef, align 16
@scalargather_select2_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@scalargather_select2_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@scalargather_select2_sel = internal addrspace(3) global [2 x i32] undef, align 16
@scalargather_select2_mass = internal addrspace(3) global [1 x double] undef, align 16
@scalargather_select2_histm = internal addrspace(3) global [256 x i32] undef, align 16
@scalargather_select2_bins = internal addrspace(3) global [4 x i32] undef, align 16
@scalargather_scores1_a = internal addrspace(3) global [1088 x float] undef, align 16
@scalargather_scores1_b = internal addrspace(3) global [1088 x float] undef, align 16

define ptx_kernel void @scalargather_permute0(float* %q, float* %k, i32* %perm, i32 %M, i32 %N, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = sdiv i32 %2, %group
	%4 = icmp eq i32 %0, 0
	br i1 %4, label %5, label %8

5:
	%6 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 0
	store i32 0, i32 addrspace(3)* %6
	%7 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 1
	store i32 0, i32 addrspace(3)* %7
	br label %8

8:
	%9 = add i32 %M, 255
	%10 = sdiv i32 %9, 256
	%11 = sub i32 %10, 1
	%12 = mul i32 %11, 256
	%13 = sub i32 %M, %12
	%14 = sitofp i32 %13 to float
	%15 = mul i32 %2, %M
	%16 = mul i32 %15, 64
	%17 = sext i32 %16 to i64
	%18 = getelementptr float, float* %q, i64 %17
	br label %19

19:
	%20 = phi i32 [ %0, %8 ], [ %44, %41 ]
	%21 = icmp slt i32 %20, 64
	br i1 %21, label %22, label %23

22:
	br label %29

23:
	call void @llvm.nvvm.barrier0()
	%24 = mul i32 %1, 256
	%25 = add i32 %24, %0
	%26 = icmp slt i32 %0, 256
	%27 = icmp slt i32 %25, %N
	%28 = and i1 %26, %27
	br i1 %28, label %45, label %51

29:
	%30 = phi i32 [ %12, %22 ], [ %40, %33 ]
	%31 = phi float [ 0.0, %22 ], [ %39, %33 ]
	%32 = icmp slt i32 %30, %M
	br i1 %32, label %33, label %41

33:
	%34 = mul i32 %30, 64
	%35 = add i32 %34, %20
	%36 = sext i32 %35 to i64
	%37 = getelementptr float, float* %18, i64 %36
	%38 = load float, float* %37
	%39 = fadd float %31, %38
	%40 = add i32 %30, 1
	br label %29

41:
	%42 = fdiv float %31, %14
	%43 = getelementptr [64 x float], [64 x float] addrspace(3)* @scalargather_permute0_probe, i32 0, i32 %20
	store float %42, float addrspace(3)* %43
	%44 = add i32 %20, 256
	br label %19

45:
	%46 = mul i32 %3, %N
	%47 = add i32 %46, %25
	%48 = mul i32 %47, 64
	%49 = sext i32 %48 to i64
	%50 = getelementptr float, float* %k, i64 %49
	br label %62

51:
	%52 = phi float [ 0.0, %23 ], [ %75, %74 ]
	%53 = and i32 %0, 31
	%54 = icmp eq i32 %53, 0
	%55 = fcmp ueq float %52, 0x7FF0000000000000
	%56 = and i1 %28, %55
	%57 = fcmp ogt float %52, 0xFFF0000000000000
	%58 = and i1 %28, %57
	%59 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %56)
	%60 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %58)
	%61 = and i1 %59, %54
	br i1 %61, label %76, label %78

62:
	%63 = phi i32 [ 0, %45 ], [ %73, %66 ]
	%64 = phi float [ 0.0, %45 ], [ %72, %66 ]
	%65 = icmp slt i32 %63, 64
	br i1 %65, label %66, label %74

66:
	%67 = sext i32 %63 to i64
	%68 = getelementptr float, float* %50, i64 %67
	%69 = load float, float* %68
	%70 = getelementptr [64 x float], [64 x float] addrspace(3)* @scalargather_permute0_probe, i32 0, i32 %63
	%71 = load float, float addrspace(3)* %70
	%72 = call float @llvm.fma.f32(float %71, float %69, float %64)
	%73 = add i32 %63, 1
	br label %62

74:
	%75 = fmul float %64, 0.125
	br label %51

76:
	%77 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 0
	store i32 1, i32 addrspace(3)* %77
	br label %78

78:
	%79 = and i1 %60, %54
	br i1 %79, label %80, label %82

80:
	%81 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 1
	store i32 1, i32 addrspace(3)* %81
	br label %82

82:
	call void @llvm.nvvm.barrier0()
	%83 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 0
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp ne i32 %84, 0
	%86 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_permute0_flag, i32 0, i32 1
	%87 = load i32, i32 addrspace(3)* %86
	%88 = icmp eq i32 %87, 0
	%89 = or i1 %85, %88
	br i1 %89, label %identity, label %sort

sort:
	%90 = bitcast float %52 to i32
	%91 = icmp slt i32 %90, 0
	%92 = select i1 %91, i32 -1, i32 -2147483648
	%93 = xor i32 %90, %92
	%94 = xor i32 %93, -1
	%95 = zext i32 %94 to i64
	%96 = shl i64 %95, 32
	%97 = zext i32 %25 to i64
	%98 = or i64 %96, %97
	%99 = select i1 %28, i64 %98, i64 -1
	%100 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %99, i64 addrspace(3)* %100
	call void @llvm.nvvm.barrier0()
	%101 = xor i32 %0, 1
	%102 = icmp ugt i32 %101, %0
	br i1 %102, label %109, label %119

identity:
	br i1 %28, label %103, label %108

done:
	ret void

103:
	%104 = mul i32 %2, %N
	%105 = add i32 %104, %25
	%106 = sext i32 %105 to i64
	%107 = getelementptr i32, i32* %perm, i64 %106
	store i32 %25, i32* %107
	br label %108

108:
	br label %done

109:
	%110 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%111 = load i64, i64 addrspace(3)* %110
	%112 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %101
	%113 = load i64, i64 addrspace(3)* %112
	%114 = and i32 %0, 2
	%115 = icmp eq i32 %114, 0
	%116 = icmp ugt i64 %111, %113
	%117 = icmp ult i64 %111, %113
	%118 = select i1 %115, i1 %116, i1 %117
	br i1 %118, label %122, label %125

119:
	call void @llvm.nvvm.barrier0()
	%120 = xor i32 %0, 2
	%121 = icmp ugt i32 %120, %0
	br i1 %121, label %126, label %136

122:
	%123 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %113, i64 addrspace(3)* %123
	%124 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %101
	store i64 %111, i64 addrspace(3)* %124
	br label %125

125:
	br label %119

126:
	%127 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%128 = load i64, i64 addrspace(3)* %127
	%129 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %120
	%130 = load i64, i64 addrspace(3)* %129
	%131 = and i32 %0, 4
	%132 = icmp eq i32 %131, 0
	%133 = icmp ugt i64 %128, %130
	%134 = icmp ult i64 %128, %130
	%135 = select i1 %132, i1 %133, i1 %134
	br i1 %135, label %139, label %142

136:
	call void @llvm.nvvm.barrier0()
	%137 = xor i32 %0, 1
	%138 = icmp ugt i32 %137, %0
	br i1 %138, label %143, label %153

139:
	%140 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %130, i64 addrspace(3)* %140
	%141 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %120
	store i64 %128, i64 addrspace(3)* %141
	br label %142

142:
	br label %136

143:
	%144 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%145 = load i64, i64 addrspace(3)* %144
	%146 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %137
	%147 = load i64, i64 addrspace(3)* %146
	%148 = and i32 %0, 4
	%149 = icmp eq i32 %148, 0
	%150 = icmp ugt i64 %145, %147
	%151 = icmp ult i64 %145, %147
	%152 = select i1 %149, i1 %150, i1 %151
	br i1 %152, label %156, label %159

153:
	call void @llvm.nvvm.barrier0()
	%154 = xor i32 %0, 4
	%155 = icmp ugt i32 %154, %0
	br i1 %155, label %160, label %170

156:
	%157 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %147, i64 addrspace(3)* %157
	%158 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %137
	store i64 %145, i64 addrspace(3)* %158
	br label %159

159:
	br label %153

160:
	%161 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%162 = load i64, i64 addrspace(3)* %161
	%163 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %154
	%164 = load i64, i64 addrspace(3)* %163
	%165 = and i32 %0, 8
	%166 = icmp eq i32 %165, 0
	%167 = icmp ugt i64 %162, %164
	%168 = icmp ult i64 %162, %164
	%169 = select i1 %166, i1 %167, i1 %168
	br i1 %169, label %173, label %176

170:
	call void @llvm.nvvm.barrier0()
	%171 = xor i32 %0, 2
	%172 = icmp ugt i32 %171, %0
	br i1 %172, label %177, label %187

173:
	%174 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %164, i64 addrspace(3)* %174
	%175 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %154
	store i64 %162, i64 addrspace(3)* %175
	br label %176

176:
	br label %170

177:
	%178 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%179 = load i64, i64 addrspace(3)* %178
	%180 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %171
	%181 = load i64, i64 addrspace(3)* %180
	%182 = and i32 %0, 8
	%183 = icmp eq i32 %182, 0
	%184 = icmp ugt i64 %179, %181
	%185 = icmp ult i64 %179, %181
	%186 = select i1 %183, i1 %184, i1 %185
	br i1 %186, label %190, label %193

187:
	call void @llvm.nvvm.barrier0()
	%188 = xor i32 %0, 1
	%189 = icmp ugt i32 %188, %0
	br i1 %189, label %194, label %204

190:
	%191 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %181, i64 addrspace(3)* %191
	%192 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %171
	store i64 %179, i64 addrspace(3)* %192
	br label %193

193:
	br label %187

194:
	%195 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%196 = load i64, i64 addrspace(3)* %195
	%197 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %188
	%198 = load i64, i64 addrspace(3)* %197
	%199 = and i32 %0, 8
	%200 = icmp eq i32 %199, 0
	%201 = icmp ugt i64 %196, %198
	%202 = icmp ult i64 %196, %198
	%203 = select i1 %200, i1 %201, i1 %202
	br i1 %203, label %207, label %210

204:
	call void @llvm.nvvm.barrier0()
	%205 = xor i32 %0, 8
	%206 = icmp ugt i32 %205, %0
	br i1 %206, label %211, label %221

207:
	%208 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %198, i64 addrspace(3)* %208
	%209 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %188
	store i64 %196, i64 addrspace(3)* %209
	br label %210

210:
	br label %204

211:
	%212 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%213 = load i64, i64 addrspace(3)* %212
	%214 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %205
	%215 = load i64, i64 addrspace(3)* %214
	%216 = and i32 %0, 16
	%217 = icmp eq i32 %216, 0
	%218 = icmp ugt i64 %213, %215
	%219 = icmp ult i64 %213, %215
	%220 = select i1 %217, i1 %218, i1 %219
	br i1 %220, label %224, label %227

221:
	call void @llvm.nvvm.barrier0()
	%222 = xor i32 %0, 4
	%223 = icmp ugt i32 %222, %0
	br i1 %223, label %228, label %238

224:
	%225 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %215, i64 addrspace(3)* %225
	%226 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %205
	store i64 %213, i64 addrspace(3)* %226
	br label %227

227:
	br label %221

228:
	%229 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%230 = load i64, i64 addrspace(3)* %229
	%231 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %222
	%232 = load i64, i64 addrspace(3)* %231
	%233 = and i32 %0, 16
	%234 = icmp eq i32 %233, 0
	%235 = icmp ugt i64 %230, %232
	%236 = icmp ult i64 %230, %232
	%237 = select i1 %234, i1 %235, i1 %236
	br i1 %237, label %241, label %244

238:
	call void @llvm.nvvm.barrier0()
	%239 = xor i32 %0, 2
	%240 = icmp ugt i32 %239, %0
	br i1 %240, label %245, label %255

241:
	%242 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %232, i64 addrspace(3)* %242
	%243 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %222
	store i64 %230, i64 addrspace(3)* %243
	br label %244

244:
	br label %238

245:
	%246 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%247 = load i64, i64 addrspace(3)* %246
	%248 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %239
	%249 = load i64, i64 addrspace(3)* %248
	%250 = and i32 %0, 16
	%251 = icmp eq i32 %250, 0
	%252 = icmp ugt i64 %247, %249
	%253 = icmp ult i64 %247, %249
	%254 = select i1 %251, i1 %252, i1 %253
	br i1 %254, label %258, label %261

255:
	call void @llvm.nvvm.barrier0()
	%256 = xor i32 %0, 1
	%257 = icmp ugt i32 %256, %0
	br i1 %257, label %262, label %272

258:
	%259 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %249, i64 addrspace(3)* %259
	%260 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %239
	store i64 %247, i64 addrspace(3)* %260
	br label %261

261:
	br label %255

262:
	%263 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%264 = load i64, i64 addrspace(3)* %263
	%265 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %256
	%266 = load i64, i64 addrspace(3)* %265
	%267 = and i32 %0, 16
	%268 = icmp eq i32 %267, 0
	%269 = icmp ugt i64 %264, %266
	%270 = icmp ult i64 %264, %266
	%271 = select i1 %268, i1 %269, i1 %270
	br i1 %271, label %275, label %278

272:
	call void @llvm.nvvm.barrier0()
	%273 = xor i32 %0, 16
	%274 = icmp ugt i32 %273, %0
	br i1 %274, label %279, label %289

275:
	%276 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %266, i64 addrspace(3)* %276
	%277 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %256
	store i64 %264, i64 addrspace(3)* %277
	br label %278

278:
	br label %272

279:
	%280 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%281 = load i64, i64 addrspace(3)* %280
	%282 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %273
	%283 = load i64, i64 addrspace(3)* %282
	%284 = and i32 %0, 32
	%285 = icmp eq i32 %284, 0
	%286 = icmp ugt i64 %281, %283
	%287 = icmp ult i64 %281, %283
	%288 = select i1 %285, i1 %286, i1 %287
	br i1 %288, label %292, label %295

289:
	call void @llvm.nvvm.barrier0()
	%290 = xor i32 %0, 8
	%291 = icmp ugt i32 %290, %0
	br i1 %291, label %296, label %306

292:
	%293 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %283, i64 addrspace(3)* %293
	%294 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %273
	store i64 %281, i64 addrspace(3)* %294
	br label %295

295:
	br label %289

296:
	%297 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%298 = load i64, i64 addrspace(3)* %297
	%299 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %290
	%300 = load i64, i64 addrspace(3)* %299
	%301 = and i32 %0, 32
	%302 = icmp eq i32 %301, 0
	%303 = icmp ugt i64 %298, %300
	%304 = icmp ult i64 %298, %300
	%305 = select i1 %302, i1 %303, i1 %304
	br i1 %305, label %309, label %312

306:
	call void @llvm.nvvm.barrier0()
	%307 = xor i32 %0, 4
	%308 = icmp ugt i32 %307, %0
	br i1 %308, label %313, label %323

309:
	%310 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %300, i64 addrspace(3)* %310
	%311 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %290
	store i64 %298, i64 addrspace(3)* %311
	br label %312

312:
	br label %306

313:
	%314 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%315 = load i64, i64 addrspace(3)* %314
	%316 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %307
	%317 = load i64, i64 addrspace(3)* %316
	%318 = and i32 %0, 32
	%319 = icmp eq i32 %318, 0
	%320 = icmp ugt i64 %315, %317
	%321 = icmp ult i64 %315, %317
	%322 = select i1 %319, i1 %320, i1 %321
	br i1 %322, label %326, label %329

323:
	call void @llvm.nvvm.barrier0()
	%324 = xor i32 %0, 2
	%325 = icmp ugt i32 %324, %0
	br i1 %325, label %330, label %340

326:
	%327 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %317, i64 addrspace(3)* %327
	%328 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %307
	store i64 %315, i64 addrspace(3)* %328
	br label %329

329:
	br label %323

330:
	%331 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%332 = load i64, i64 addrspace(3)* %331
	%333 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %324
	%334 = load i64, i64 addrspace(3)* %333
	%335 = and i32 %0, 32
	%336 = icmp eq i32 %335, 0
	%337 = icmp ugt i64 %332, %334
	%338 = icmp ult i64 %332, %334
	%339 = select i1 %336, i1 %337, i1 %338
	br i1 %339, label %343, label %346

340:
	call void @llvm.nvvm.barrier0()
	%341 = xor i32 %0, 1
	%342 = icmp ugt i32 %341, %0
	br i1 %342, label %347, label %357

343:
	%344 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %334, i64 addrspace(3)* %344
	%345 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %324
	store i64 %332, i64 addrspace(3)* %345
	br label %346

346:
	br label %340

347:
	%348 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%349 = load i64, i64 addrspace(3)* %348
	%350 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %341
	%351 = load i64, i64 addrspace(3)* %350
	%352 = and i32 %0, 32
	%353 = icmp eq i32 %352, 0
	%354 = icmp ugt i64 %349, %351
	%355 = icmp ult i64 %349, %351
	%356 = select i1 %353, i1 %354, i1 %355
	br i1 %356, label %360, label %363

357:
	call void @llvm.nvvm.barrier0()
	%358 = xor i32 %0, 32
	%359 = icmp ugt i32 %358, %0
	br i1 %359, label %364, label %374

360:
	%361 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %351, i64 addrspace(3)* %361
	%362 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %341
	store i64 %349, i64 addrspace(3)* %362
	br label %363

363:
	br label %357

364:
	%365 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%366 = load i64, i64 addrspace(3)* %365
	%367 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %358
	%368 = load i64, i64 addrspace(3)* %367
	%369 = and i32 %0, 64
	%370 = icmp eq i32 %369, 0
	%371 = icmp ugt i64 %366, %368
	%372 = icmp ult i64 %366, %368
	%373 = select i1 %370, i1 %371, i1 %372
	br i1 %373, label %377, label %380

374:
	call void @llvm.nvvm.barrier0()
	%375 = xor i32 %0, 16
	%376 = icmp ugt i32 %375, %0
	br i1 %376, label %381, label %391

377:
	%378 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %368, i64 addrspace(3)* %378
	%379 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %358
	store i64 %366, i64 addrspace(3)* %379
	br label %380

380:
	br label %374

381:
	%382 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%383 = load i64, i64 addrspace(3)* %382
	%384 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %375
	%385 = load i64, i64 addrspace(3)* %384
	%386 = and i32 %0, 64
	%387 = icmp eq i32 %386, 0
	%388 = icmp ugt i64 %383, %385
	%389 = icmp ult i64 %383, %385
	%390 = select i1 %387, i1 %388, i1 %389
	br i1 %390, label %394, label %397

391:
	call void @llvm.nvvm.barrier0()
	%392 = xor i32 %0, 8
	%393 = icmp ugt i32 %392, %0
	br i1 %393, label %398, label %408

394:
	%395 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %385, i64 addrspace(3)* %395
	%396 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %375
	store i64 %383, i64 addrspace(3)* %396
	br label %397

397:
	br label %391

398:
	%399 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%400 = load i64, i64 addrspace(3)* %399
	%401 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %392
	%402 = load i64, i64 addrspace(3)* %401
	%403 = and i32 %0, 64
	%404 = icmp eq i32 %403, 0
	%405 = icmp ugt i64 %400, %402
	%406 = icmp ult i64 %400, %402
	%407 = select i1 %404, i1 %405, i1 %406
	br i1 %407, label %411, label %414

408:
	call void @llvm.nvvm.barrier0()
	%409 = xor i32 %0, 4
	%410 = icmp ugt i32 %409, %0
	br i1 %410, label %415, label %425

411:
	%412 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %402, i64 addrspace(3)* %412
	%413 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %392
	store i64 %400, i64 addrspace(3)* %413
	br label %414

414:
	br label %408

415:
	%416 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%417 = load i64, i64 addrspace(3)* %416
	%418 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %409
	%419 = load i64, i64 addrspace(3)* %418
	%420 = and i32 %0, 64
	%421 = icmp eq i32 %420, 0
	%422 = icmp ugt i64 %417, %419
	%423 = icmp ult i64 %417, %419
	%424 = select i1 %421, i1 %422, i1 %423
	br i1 %424, label %428, label %431

425:
	call void @llvm.nvvm.barrier0()
	%426 = xor i32 %0, 2
	%427 = icmp ugt i32 %426, %0
	br i1 %427, label %432, label %442

428:
	%429 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %419, i64 addrspace(3)* %429
	%430 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %409
	store i64 %417, i64 addrspace(3)* %430
	br label %431

431:
	br label %425

432:
	%433 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%434 = load i64, i64 addrspace(3)* %433
	%435 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %426
	%436 = load i64, i64 addrspace(3)* %435
	%437 = and i32 %0, 64
	%438 = icmp eq i32 %437, 0
	%439 = icmp ugt i64 %434, %436
	%440 = icmp ult i64 %434, %436
	%441 = select i1 %438, i1 %439, i1 %440
	br i1 %441, label %445, label %448

442:
	call void @llvm.nvvm.barrier0()
	%443 = xor i32 %0, 1
	%444 = icmp ugt i32 %443, %0
	br i1 %444, label %449, label %459

445:
	%446 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %436, i64 addrspace(3)* %446
	%447 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %426
	store i64 %434, i64 addrspace(3)* %447
	br label %448

448:
	br label %442

449:
	%450 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%451 = load i64, i64 addrspace(3)* %450
	%452 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %443
	%453 = load i64, i64 addrspace(3)* %452
	%454 = and i32 %0, 64
	%455 = icmp eq i32 %454, 0
	%456 = icmp ugt i64 %451, %453
	%457 = icmp ult i64 %451, %453
	%458 = select i1 %455, i1 %456, i1 %457
	br i1 %458, label %462, label %465

459:
	call void @llvm.nvvm.barrier0()
	%460 = xor i32 %0, 64
	%461 = icmp ugt i32 %460, %0
	br i1 %461, label %466, label %476

462:
	%463 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %453, i64 addrspace(3)* %463
	%464 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %443
	store i64 %451, i64 addrspace(3)* %464
	br label %465

465:
	br label %459

466:
	%467 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%468 = load i64, i64 addrspace(3)* %467
	%469 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %460
	%470 = load i64, i64 addrspace(3)* %469
	%471 = and i32 %0, 128
	%472 = icmp eq i32 %471, 0
	%473 = icmp ugt i64 %468, %470
	%474 = icmp ult i64 %468, %470
	%475 = select i1 %472, i1 %473, i1 %474
	br i1 %475, label %479, label %482

476:
	call void @llvm.nvvm.barrier0()
	%477 = xor i32 %0, 32
	%478 = icmp ugt i32 %477, %0
	br i1 %478, label %483, label %493

479:
	%480 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %470, i64 addrspace(3)* %480
	%481 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %460
	store i64 %468, i64 addrspace(3)* %481
	br label %482

482:
	br label %476

483:
	%484 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%485 = load i64, i64 addrspace(3)* %484
	%486 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %477
	%487 = load i64, i64 addrspace(3)* %486
	%488 = and i32 %0, 128
	%489 = icmp eq i32 %488, 0
	%490 = icmp ugt i64 %485, %487
	%491 = icmp ult i64 %485, %487
	%492 = select i1 %489, i1 %490, i1 %491
	br i1 %492, label %496, label %499

493:
	call void @llvm.nvvm.barrier0()
	%494 = xor i32 %0, 16
	%495 = icmp ugt i32 %494, %0
	br i1 %495, label %500, label %510

496:
	%497 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %487, i64 addrspace(3)* %497
	%498 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %477
	store i64 %485, i64 addrspace(3)* %498
	br label %499

499:
	br label %493

500:
	%501 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%502 = load i64, i64 addrspace(3)* %501
	%503 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %494
	%504 = load i64, i64 addrspace(3)* %503
	%505 = and i32 %0, 128
	%506 = icmp eq i32 %505, 0
	%507 = icmp ugt i64 %502, %504
	%508 = icmp ult i64 %502, %504
	%509 = select i1 %506, i1 %507, i1 %508
	br i1 %509, label %513, label %516

510:
	call void @llvm.nvvm.barrier0()
	%511 = xor i32 %0, 8
	%512 = icmp ugt i32 %511, %0
	br i1 %512, label %517, label %527

513:
	%514 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %504, i64 addrspace(3)* %514
	%515 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %494
	store i64 %502, i64 addrspace(3)* %515
	br label %516

516:
	br label %510

517:
	%518 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%519 = load i64, i64 addrspace(3)* %518
	%520 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %511
	%521 = load i64, i64 addrspace(3)* %520
	%522 = and i32 %0, 128
	%523 = icmp eq i32 %522, 0
	%524 = icmp ugt i64 %519, %521
	%525 = icmp ult i64 %519, %521
	%526 = select i1 %523, i1 %524, i1 %525
	br i1 %526, label %530, label %533

527:
	call void @llvm.nvvm.barrier0()
	%528 = xor i32 %0, 4
	%529 = icmp ugt i32 %528, %0
	br i1 %529, label %534, label %544

530:
	%531 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %521, i64 addrspace(3)* %531
	%532 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %511
	store i64 %519, i64 addrspace(3)* %532
	br label %533

533:
	br label %527

534:
	%535 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%536 = load i64, i64 addrspace(3)* %535
	%537 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %528
	%538 = load i64, i64 addrspace(3)* %537
	%539 = and i32 %0, 128
	%540 = icmp eq i32 %539, 0
	%541 = icmp ugt i64 %536, %538
	%542 = icmp ult i64 %536, %538
	%543 = select i1 %540, i1 %541, i1 %542
	br i1 %543, label %547, label %550

544:
	call void @llvm.nvvm.barrier0()
	%545 = xor i32 %0, 2
	%546 = icmp ugt i32 %545, %0
	br i1 %546, label %551, label %561

547:
	%548 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %538, i64 addrspace(3)* %548
	%549 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %528
	store i64 %536, i64 addrspace(3)* %549
	br label %550

550:
	br label %544

551:
	%552 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%553 = load i64, i64 addrspace(3)* %552
	%554 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %545
	%555 = load i64, i64 addrspace(3)* %554
	%556 = and i32 %0, 128
	%557 = icmp eq i32 %556, 0
	%558 = icmp ugt i64 %553, %555
	%559 = icmp ult i64 %553, %555
	%560 = select i1 %557, i1 %558, i1 %559
	br i1 %560, label %564, label %567

561:
	call void @llvm.nvvm.barrier0()
	%562 = xor i32 %0, 1
	%563 = icmp ugt i32 %562, %0
	br i1 %563, label %568, label %578

564:
	%565 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %555, i64 addrspace(3)* %565
	%566 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %545
	store i64 %553, i64 addrspace(3)* %566
	br label %567

567:
	br label %561

568:
	%569 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%570 = load i64, i64 addrspace(3)* %569
	%571 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %562
	%572 = load i64, i64 addrspace(3)* %571
	%573 = and i32 %0, 128
	%574 = icmp eq i32 %573, 0
	%575 = icmp ugt i64 %570, %572
	%576 = icmp ult i64 %570, %572
	%577 = select i1 %574, i1 %575, i1 %576
	br i1 %577, label %581, label %584

578:
	call void @llvm.nvvm.barrier0()
	%579 = xor i32 %0, 128
	%580 = icmp ugt i32 %579, %0
	br i1 %580, label %585, label %595

581:
	%582 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %572, i64 addrspace(3)* %582
	%583 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %562
	store i64 %570, i64 addrspace(3)* %583
	br label %584

584:
	br label %578

585:
	%586 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%587 = load i64, i64 addrspace(3)* %586
	%588 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %579
	%589 = load i64, i64 addrspace(3)* %588
	%590 = and i32 %0, 256
	%591 = icmp eq i32 %590, 0
	%592 = icmp ugt i64 %587, %589
	%593 = icmp ult i64 %587, %589
	%594 = select i1 %591, i1 %592, i1 %593
	br i1 %594, label %598, label %601

595:
	call void @llvm.nvvm.barrier0()
	%596 = xor i32 %0, 64
	%597 = icmp ugt i32 %596, %0
	br i1 %597, label %602, label %612

598:
	%599 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %589, i64 addrspace(3)* %599
	%600 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %579
	store i64 %587, i64 addrspace(3)* %600
	br label %601

601:
	br label %595

602:
	%603 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%604 = load i64, i64 addrspace(3)* %603
	%605 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %596
	%606 = load i64, i64 addrspace(3)* %605
	%607 = and i32 %0, 256
	%608 = icmp eq i32 %607, 0
	%609 = icmp ugt i64 %604, %606
	%610 = icmp ult i64 %604, %606
	%611 = select i1 %608, i1 %609, i1 %610
	br i1 %611, label %615, label %618

612:
	call void @llvm.nvvm.barrier0()
	%613 = xor i32 %0, 32
	%614 = icmp ugt i32 %613, %0
	br i1 %614, label %619, label %629

615:
	%616 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %606, i64 addrspace(3)* %616
	%617 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %596
	store i64 %604, i64 addrspace(3)* %617
	br label %618

618:
	br label %612

619:
	%620 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%621 = load i64, i64 addrspace(3)* %620
	%622 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %613
	%623 = load i64, i64 addrspace(3)* %622
	%624 = and i32 %0, 256
	%625 = icmp eq i32 %624, 0
	%626 = icmp ugt i64 %621, %623
	%627 = icmp ult i64 %621, %623
	%628 = select i1 %625, i1 %626, i1 %627
	br i1 %628, label %632, label %635

629:
	call void @llvm.nvvm.barrier0()
	%630 = xor i32 %0, 16
	%631 = icmp ugt i32 %630, %0
	br i1 %631, label %636, label %646

632:
	%633 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %623, i64 addrspace(3)* %633
	%634 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %613
	store i64 %621, i64 addrspace(3)* %634
	br label %635

635:
	br label %629

636:
	%637 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%638 = load i64, i64 addrspace(3)* %637
	%639 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %630
	%640 = load i64, i64 addrspace(3)* %639
	%641 = and i32 %0, 256
	%642 = icmp eq i32 %641, 0
	%643 = icmp ugt i64 %638, %640
	%644 = icmp ult i64 %638, %640
	%645 = select i1 %642, i1 %643, i1 %644
	br i1 %645, label %649, label %652

646:
	call void @llvm.nvvm.barrier0()
	%647 = xor i32 %0, 8
	%648 = icmp ugt i32 %647, %0
	br i1 %648, label %653, label %663

649:
	%650 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %640, i64 addrspace(3)* %650
	%651 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %630
	store i64 %638, i64 addrspace(3)* %651
	br label %652

652:
	br label %646

653:
	%654 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%655 = load i64, i64 addrspace(3)* %654
	%656 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %647
	%657 = load i64, i64 addrspace(3)* %656
	%658 = and i32 %0, 256
	%659 = icmp eq i32 %658, 0
	%660 = icmp ugt i64 %655, %657
	%661 = icmp ult i64 %655, %657
	%662 = select i1 %659, i1 %660, i1 %661
	br i1 %662, label %666, label %669

663:
	call void @llvm.nvvm.barrier0()
	%664 = xor i32 %0, 4
	%665 = icmp ugt i32 %664, %0
	br i1 %665, label %670, label %680

666:
	%667 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %657, i64 addrspace(3)* %667
	%668 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %647
	store i64 %655, i64 addrspace(3)* %668
	br label %669

669:
	br label %663

670:
	%671 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%672 = load i64, i64 addrspace(3)* %671
	%673 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %664
	%674 = load i64, i64 addrspace(3)* %673
	%675 = and i32 %0, 256
	%676 = icmp eq i32 %675, 0
	%677 = icmp ugt i64 %672, %674
	%678 = icmp ult i64 %672, %674
	%679 = select i1 %676, i1 %677, i1 %678
	br i1 %679, label %683, label %686

680:
	call void @llvm.nvvm.barrier0()
	%681 = xor i32 %0, 2
	%682 = icmp ugt i32 %681, %0
	br i1 %682, label %687, label %697

683:
	%684 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %674, i64 addrspace(3)* %684
	%685 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %664
	store i64 %672, i64 addrspace(3)* %685
	br label %686

686:
	br label %680

687:
	%688 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%689 = load i64, i64 addrspace(3)* %688
	%690 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %681
	%691 = load i64, i64 addrspace(3)* %690
	%692 = and i32 %0, 256
	%693 = icmp eq i32 %692, 0
	%694 = icmp ugt i64 %689, %691
	%695 = icmp ult i64 %689, %691
	%696 = select i1 %693, i1 %694, i1 %695
	br i1 %696, label %700, label %703

697:
	call void @llvm.nvvm.barrier0()
	%698 = xor i32 %0, 1
	%699 = icmp ugt i32 %698, %0
	br i1 %699, label %704, label %714

700:
	%701 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %691, i64 addrspace(3)* %701
	%702 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %681
	store i64 %689, i64 addrspace(3)* %702
	br label %703

703:
	br label %697

704:
	%705 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%706 = load i64, i64 addrspace(3)* %705
	%707 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %698
	%708 = load i64, i64 addrspace(3)* %707
	%709 = and i32 %0, 256
	%710 = icmp eq i32 %709, 0
	%711 = icmp ugt i64 %706, %708
	%712 = icmp ult i64 %706, %708
	%713 = select i1 %710, i1 %711, i1 %712
	br i1 %713, label %715, label %718

714:
	call void @llvm.nvvm.barrier0()
	br i1 %28, label %719, label %727

715:
	%716 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	store i64 %708, i64 addrspace(3)* %716
	%717 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %698
	store i64 %706, i64 addrspace(3)* %717
	br label %718

718:
	br label %714

719:
	%720 = getelementptr [256 x i64], [256 x i64] addrspace(3)* @scalargather_permute0_keys, i32 0, i32 %0
	%721 = load i64, i64 addrspace(3)* %720
	%722 = trunc i64 %721 to i32
	%723 = mul i32 %2, %N
	%724 = add i32 %723, %25
	%725 = sext i32 %724 to i64
	%726 = getelementptr i32, i32* %perm, i64 %725
	store i32 %722, i32* %726
	br label %727

727:
	br label %done
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare void @llvm.nvvm.barrier0()

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

define ptx_kernel void @scalargather_permclass0(i32* %perm, i8* %cls, i32 %M, i32 %N, i32 %NQ, i32 %NK, i32 %NS, i32 %seg) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = mul i32 %2, 256
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%5 = add i32 %3, %4
	%6 = icmp slt i32 %5, %NK
	br i1 %6, label %7, label %18

7:
	%8 = mul i32 %5, 64
	%9 = add i32 %8, 64
	%10 = icmp slt i32 %9, %N
	%11 = select i1 %10, i32 %9, i32 %N
	%12 = mul i32 %1, %NS
	%13 = add i32 %12, %0
	%14 = sext i32 %13 to i64
	%15 = sext i32 %N to i64
	%16 = mul i64 %14, %15
	%17 = getelementptr i32, i32* %perm, i64 %16
	br label %19

18:
	ret void

19:
	%20 = phi i32 [ %8, %7 ], [ %32, %24 ]
	%21 = phi i32 [ u0x7FFFFFFF, %7 ], [ %29, %24 ]
	%22 = phi i32 [ -1, %7 ], [ %31, %24 ]
	%23 = icmp slt i32 %20, %11
	br i1 %23, label %24, label %33

24:
	%25 = sext i32 %20 to i64
	%26 = getelementptr i32, i32* %17, i64 %25
	%27 = load i32, i32* %26
	%28 = icmp slt i32 %21, %27
	%29 = select i1 %28, i32 %21, i32 %27
	%30 = icmp sgt i32 %22, %27
	%31 = select i1 %30, i32 %22, i32 %27
	%32 = add i32 %20, 1
	br label %19

33:
	%34 = sub i32 %11, %8
	%35 = icmp slt i32 %34, 64
	%36 = select i1 %35, i8 1, i8 2
	%37 = mul i32 %0, %seg
	%38 = sdiv i32 %37, 64
	%39 = add i32 %37, %seg
	%40 = add i32 %39, 63
	%41 = sdiv i32 %40, 64
	%42 = icmp slt i32 %41, %NQ
	%43 = select i1 %42, i32 %41, i32 %NQ
	br label %44

44:
	%45 = phi i32 [ %38, %33 ], [ %63, %47 ]
	%46 = icmp slt i32 %45, %43
	br i1 %46, label %47, label %64

47:
	%48 = mul i32 %45, 64
	%49 = add i32 %48, 64
	%50 = icmp slt i32 %49, %M
	%51 = select i1 %50, i32 %49, i32 %M
	%52 = sub i32 %51, 1
	%53 = icmp sle i32 %22, %48
	%54 = select i1 %53, i8 %36, i8 1
	%55 = icmp sgt i32 %21, %52
	%56 = select i1 %55, i8 0, i8 %54
	%57 = mul i32 %1, %NQ
	%58 = add i32 %57, %45
	%59 = mul i32 %58, %NK
	%60 = add i32 %59, %5
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %cls, i64 %61
	store i8 %56, i8* %62
	%63 = add i32 %45, 1
	br label %44

64:
	br label %18
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

define ptx_kernel void @scalargather_select2(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = sub i32 %NK, 1
	br label %18

18:
	%19 = phi i32 [ %0, %entry ], [ %223, %221 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %222, %221 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %140

22:
	%23 = sub i32 %16, 1
	%24 = add i32 %19, 0
	%25 = icmp slt i32 %24, %16
	%26 = icmp slt i32 %24, %23
	%27 = select i1 %26, i32 %24, i32 %23
	%28 = add i32 %19, 256
	%29 = icmp slt i32 %28, %16
	%30 = icmp slt i32 %28, %23
	%31 = select i1 %30, i32 %28, i32 %23
	%32 = add i32 %19, 512
	%33 = icmp slt i32 %32, %16
	%34 = icmp slt i32 %32, %23
	%35 = select i1 %34, i32 %32, i32 %23
	%36 = add i32 %19, 768
	%37 = icmp slt i32 %36, %16
	%38 = icmp slt i32 %36, %23
	%39 = select i1 %38, i32 %36, i32 %23
	%40 = add i32 %19, 1024
	%41 = icmp slt i32 %40, %16
	%42 = icmp slt i32 %40, %23
	%43 = select i1 %42, i32 %40, i32 %23
	%44 = add i32 %19, 1280
	%45 = icmp slt i32 %44, %16
	%46 = icmp slt i32 %44, %23
	%47 = select i1 %46, i32 %44, i32 %23
	%48 = add i32 %19, 1536
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %23
	%51 = select i1 %50, i32 %48, i32 %23
	%52 = add i32 %19, 1792
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %23
	%55 = select i1 %54, i32 %52, i32 %23
	%56 = icmp slt i32 %24, %17
	%57 = select i1 %56, i32 %24, i32 %17
	%58 = add i32 %10, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i8, i8* %cls, i64 %59
	%61 = load i8, i8* %60
	%62 = add i32 %11, %57
	%63 = sext i32 %62 to i64
	%64 = getelementptr float, float* %e, i64 %63
	%65 = load float, float* %64
	%66 = icmp slt i32 %28, %17
	%67 = select i1 %66, i32 %28, i32 %17
	%68 = add i32 %10, %67
	%69 = sext i32 %68 to i64
	%70 = getelementptr i8, i8* %cls, i64 %69
	%71 = load i8, i8* %70
	%72 = add i32 %11, %67
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = icmp slt i32 %32, %17
	%77 = select i1 %76, i32 %32, i32 %17
	%78 = add i32 %10, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i8, i8* %cls, i64 %79
	%81 = load i8, i8* %80
	%82 = add i32 %11, %77
	%83 = sext i32 %82 to i64
	%84 = getelementptr float, float* %e, i64 %83
	%85 = load float, float* %84
	%86 = icmp slt i32 %36, %17
	%87 = select i1 %86, i32 %36, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = add i32 %11, %87
	%93 = sext i32 %92 to i64
	%94 = getelementptr float, float* %e, i64 %93
	%95 = load float, float* %94
	%96 = icmp slt i32 %40, %17
	%97 = select i1 %96, i32 %40, i32 %17
	%98 = add i32 %10, %97
	%99 = sext i32 %98 to i64
	%100 = getelementptr i8, i8* %cls, i64 %99
	%101 = load i8, i8* %100
	%102 = add i32 %11, %97
	%103 = sext i32 %102 to i64
	%104 = getelementptr float, float* %e, i64 %103
	%105 = load float, float* %104
	%106 = icmp slt i32 %44, %17
	%107 = select i1 %106, i32 %44, i32 %17
	%108 = add i32 %10, %107
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = add i32 %11, %107
	%113 = sext i32 %112 to i64
	%114 = getelementptr float, float* %e, i64 %113
	%115 = load float, float* %114
	%116 = icmp slt i32 %48, %17
	%117 = select i1 %116, i32 %48, i32 %17
	%118 = add i32 %10, %117
	%119 = sext i32 %118 to i64
	%120 = getelementptr i8, i8* %cls, i64 %119
	%121 = load i8, i8* %120
	%122 = add i32 %11, %117
	%123 = sext i32 %122 to i64
	%124 = getelementptr float, float* %e, i64 %123
	%125 = load float, float* %124
	%126 = icmp slt i32 %52, %17
	%127 = select i1 %126, i32 %52, i32 %17
	%128 = add i32 %10, %127
	%129 = sext i32 %128 to i64
	%130 = getelementptr i8, i8* %cls, i64 %129
	%131 = load i8, i8* %130
	%132 = add i32 %11, %127
	%133 = sext i32 %132 to i64
	%134 = getelementptr float, float* %e, i64 %133
	%135 = load float, float* %134
	%136 = icmp slt i32 %24, %NK
	%137 = icmp ne i8 %61, 0
	%138 = and i1 %136, %137
	%139 = select i1 %138, float %65, float 0xFFF0000000000000
	br i1 %25, label %155, label %158

140:
	%141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%142 = call float @llvm.nvvm.fmax.f(float %20, float %141)
	%143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %142, i32 8, i32 31)
	%144 = call float @llvm.nvvm.fmax.f(float %142, float %143)
	%145 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %144, i32 4, i32 31)
	%146 = call float @llvm.nvvm.fmax.f(float %144, float %145)
	%147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %146, i32 2, i32 31)
	%148 = call float @llvm.nvvm.fmax.f(float %146, float %147)
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 1, i32 31)
	%150 = call float @llvm.nvvm.fmax.f(float %148, float %149)
	%151 = lshr i32 %0, 5
	%152 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%153 = icmp eq i32 %152, 0
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %24
	store i32 %156, i32 addrspace(3)* %157
	br label %158

158:
	%159 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%160 = icmp slt i32 %28, %NK
	%161 = icmp ne i8 %71, 0
	%162 = and i1 %160, %161
	%163 = select i1 %162, float %75, float 0xFFF0000000000000
	br i1 %29, label %164, label %167

164:
	%165 = bitcast float %163 to i32
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %28
	store i32 %165, i32 addrspace(3)* %166
	br label %167

167:
	%168 = call float @llvm.nvvm.fmax.f(float %159, float %163)
	%169 = icmp slt i32 %32, %NK
	%170 = icmp ne i8 %81, 0
	%171 = and i1 %169, %170
	%172 = select i1 %171, float %85, float 0xFFF0000000000000
	br i1 %33, label %173, label %176

173:
	%174 = bitcast float %172 to i32
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %32
	store i32 %174, i32 addrspace(3)* %175
	br label %176

176:
	%177 = call float @llvm.nvvm.fmax.f(float %168, float %172)
	%178 = icmp slt i32 %36, %NK
	%179 = icmp ne i8 %91, 0
	%180 = and i1 %178, %179
	%181 = select i1 %180, float %95, float 0xFFF0000000000000
	br i1 %37, label %182, label %185

182:
	%183 = bitcast float %181 to i32
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %36
	store i32 %183, i32 addrspace(3)* %184
	br label %185

185:
	%186 = call float @llvm.nvvm.fmax.f(float %177, float %181)
	%187 = icmp slt i32 %40, %NK
	%188 = icmp ne i8 %101, 0
	%189 = and i1 %187, %188
	%190 = select i1 %189, float %105, float 0xFFF0000000000000
	br i1 %41, label %191, label %194

191:
	%192 = bitcast float %190 to i32
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %40
	store i32 %192, i32 addrspace(3)* %193
	br label %194

194:
	%195 = call float @llvm.nvvm.fmax.f(float %186, float %190)
	%196 = icmp slt i32 %44, %NK
	%197 = icmp ne i8 %111, 0
	%198 = and i1 %196, %197
	%199 = select i1 %198, float %115, float 0xFFF0000000000000
	br i1 %45, label %200, label %203

200:
	%201 = bitcast float %199 to i32
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %44
	store i32 %201, i32 addrspace(3)* %202
	br label %203

203:
	%204 = call float @llvm.nvvm.fmax.f(float %195, float %199)
	%205 = icmp slt i32 %48, %NK
	%206 = icmp ne i8 %121, 0
	%207 = and i1 %205, %206
	%208 = select i1 %207, float %125, float 0xFFF0000000000000
	br i1 %49, label %209, label %212

209:
	%210 = bitcast float %208 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %48
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %204, float %208)
	%214 = icmp slt i32 %52, %NK
	%215 = icmp ne i8 %131, 0
	%216 = and i1 %214, %215
	%217 = select i1 %216, float %135, float 0xFFF0000000000000
	br i1 %53, label %218, label %221

218:
	%219 = bitcast float %217 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %52
	store i32 %219, i32 addrspace(3)* %220
	br label %221

221:
	%222 = call float @llvm.nvvm.fmax.f(float %213, float %217)
	%223 = add i32 %19, 2048
	br label %18

224:
	store float %150, float addrspace(3)* %154
	br label %225

225:
	call void @llvm.nvvm.barrier0()
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 7
	%247 = load float, float addrspace(3)* %246
	%248 = call float @llvm.nvvm.fmax.f(float %245, float %247)
	%249 = fcmp oeq float %248, 0xFFF0000000000000
	%250 = select i1 %249, float 0.0, float %248
	br label %251

251:
	%252 = phi i32 [ %0, %225 ], [ %267, %255 ]
	%253 = phi float [ 0.0, %225 ], [ %266, %255 ]
	%254 = icmp slt i32 %252, %16
	br i1 %254, label %255, label %268

255:
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %252
	store i32 %263, i32 addrspace(3)* %264
	%265 = select i1 %259, float %261, float 0.0
	%266 = fadd float %253, %265
	%267 = add i32 %252, 256
	br label %251

268:
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %253, i32 16, i32 31)
	%270 = fadd float %253, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 8, i32 31)
	%272 = fadd float %270, %271
	%273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %272, i32 4, i32 31)
	%274 = fadd float %272, %273
	%275 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %274, i32 2, i32 31)
	%276 = fadd float %274, %275
	%277 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %276, i32 1, i32 31)
	%278 = fadd float %276, %277
	%279 = lshr i32 %0, 5
	%280 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%281 = icmp eq i32 %280, 0
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 7
	%306 = load float, float addrspace(3)* %305
	%307 = fadd float %304, %306
	%308 = fdiv float 1.0, %307
	%309 = mul i32 %1, 64
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 64
	%313 = icmp slt i32 %312, %M
	%314 = select i1 %313, i32 %312, i32 %M
	%315 = sub i32 %314, 1
	%316 = add i32 %315, %off
	%317 = icmp slt i32 %310, 0
	%318 = sub i32 0, %310
	%319 = sub i32 64, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 64
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 64
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 64, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 64
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 64
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %387, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %386, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %334
	%339 = load i32, i32 addrspace(3)* %338
	%340 = bitcast i32 %339 to float
	%341 = fcmp oge float %340, 0.0
	%342 = fmul float %340, %308
	%343 = select i1 %341, float %342, float -1.0
	%344 = icmp slt i32 %334, %NK
	br i1 %344, label %360, label %364

345:
	%346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %335, i32 16, i32 31)
	%347 = fadd float %335, %346
	%348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %347, i32 8, i32 31)
	%349 = fadd float %347, %348
	%350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %349, i32 4, i32 31)
	%351 = fadd float %349, %350
	%352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 2, i32 31)
	%353 = fadd float %351, %352
	%354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %353, i32 1, i32 31)
	%355 = fadd float %353, %354
	%356 = lshr i32 %0, 5
	%357 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%358 = icmp eq i32 %357, 0
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 %356
	br i1 %358, label %388, label %389

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp sge i32 %334, %324
	%366 = icmp sle i32 %334, %332
	%367 = and i1 %365, %366
	%368 = or i1 false, %367
	%369 = mul i32 %1, 64
	%370 = sdiv i32 %369, 256
	%371 = mul i32 %370, 256
	%372 = sdiv i32 %371, 64
	%373 = add i32 %370, 1
	%374 = mul i32 %373, 256
	%375 = sdiv i32 %374, 64
	%376 = icmp sge i32 %334, %372
	%377 = icmp slt i32 %334, %375
	%378 = and i1 %376, %377
	%379 = or i1 %368, %378
	%380 = bitcast float %343 to i32
	%381 = add i32 %380, 2
	%382 = select i1 %379, i32 1, i32 %381
	%383 = select i1 %341, i32 %382, i32 0
	%384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %334
	store i32 %383, i32 addrspace(3)* %384
	%385 = uitofp i1 %341 to float
	%386 = fadd float %335, %385
	%387 = add i32 %334, 256
	br label %333

388:
	store float %355, float addrspace(3)* %359
	br label %389

389:
	call void @llvm.nvvm.barrier0()
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 0
	%391 = load float, float addrspace(3)* %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 1
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 2
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 3
	%399 = load float, float addrspace(3)* %398
	%400 = fadd float %397, %399
	%401 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 4
	%402 = load float, float addrspace(3)* %401
	%403 = fadd float %400, %402
	%404 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 5
	%405 = load float, float addrspace(3)* %404
	%406 = fadd float %403, %405
	%407 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 6
	%408 = load float, float addrspace(3)* %407
	%409 = fadd float %406, %408
	%410 = getelementptr [32 x float], [32 x float] addrspace(3)* @scalargather_select2_red, i32 0, i32 7
	%411 = load float, float addrspace(3)* %410
	%412 = fadd float %409, %411
	%413 = fptosi float %412 to i32
	%414 = icmp eq i32 %0, 0
	br i1 %414, label %415, label %419

415:
	%416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 0
	%417 = load i32, i32 addrspace(3)* %416
	%418 = icmp eq i32 %417, 1
	br i1 %418, label %434, label %442

419:
	call void @llvm.nvvm.barrier0()
	%420 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 0
	%421 = load i32, i32 addrspace(3)* %420
	%422 = sub i32 %413, %421
	%423 = getelementptr [1 x double], [1 x double] addrspace(3)* @scalargather_select2_mass, i32 0, i32 0
	%424 = load double, double addrspace(3)* %423
	%425 = fsub double 0x3FECCCCCCCCCCCCD, %424
	%426 = fmul double %425, 262144.0
	%427 = call double @llvm.ceil.f64(double %426)
	%428 = call double @llvm.maxnum.f64(double %427, double 0.0)
	%429 = call double @llvm.minnum.f64(double %428, double 1.073741824e+09)
	%430 = fptosi double %429 to i32
	%431 = add i32 %430, 1
	call void @llvm.nvvm.barrier0()
	%432 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %432
	%433 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %433
	call void @llvm.nvvm.barrier0()
	br label %499

434:
	%435 = add i32 %13, 0
	%436 = sext i32 %435 to i64
	%437 = getelementptr i32, i32* %list, i64 %436
	store i32 0, i32* %437
	%438 = add i32 %13, %NK
	%439 = add i32 %438, 0
	%440 = sext i32 %439 to i64
	%441 = getelementptr i32, i32* %list, i64 %440
	store i32 1, i32* %441
	br label %442

442:
	%443 = add i32 %11, 0
	%444 = sext i32 %443 to i64
	%445 = getelementptr float, float* %e, i64 %444
	%446 = load float, float* %445
	%447 = add i32 0, 1
	%448 = select i1 %418, i32 %447, i32 0
	%449 = fpext float %446 to double
	%450 = fadd double 0.0, %449
	%451 = select i1 %418, double %450, double 0.0
	%452 = mul i32 %1, 64
	%453 = sdiv i32 %452, 256
	%454 = mul i32 %453, 256
	%455 = sdiv i32 %454, 64
	%456 = add i32 %453, 1
	%457 = mul i32 %456, 256
	%458 = sdiv i32 %457, 64
	%459 = icmp slt i32 %324, %455
	%460 = select i1 %459, i32 %324, i32 %455
	%461 = icmp sgt i32 %460, 1
	%462 = select i1 %461, i32 %460, i32 1
	%463 = add i32 %332, 1
	%464 = icmp sgt i32 %463, %458
	%465 = select i1 %464, i32 %463, i32 %458
	%466 = icmp slt i32 %465, %NK
	%467 = select i1 %466, i32 %465, i32 %NK
	br label %468

468:
	%469 = phi i32 [ %462, %442 ], [ %498, %488 ]
	%470 = phi i32 [ %448, %442 ], [ %494, %488 ]
	%471 = phi double [ %451, %442 ], [ %497, %488 ]
	%472 = icmp slt i32 %469, %467
	br i1 %472, label %473, label %477

473:
	%474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %469
	%475 = load i32, i32 addrspace(3)* %474
	%476 = icmp eq i32 %475, 1
	br i1 %476, label %480, label %488

477:
	%478 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 0
	store i32 %470, i32 addrspace(3)* %478
	%479 = getelementptr [1 x double], [1 x double] addrspace(3)* @scalargather_select2_mass, i32 0, i32 0
	store double %471, double addrspace(3)* %479
	br label %419

480:
	%481 = add i32 %13, %470
	%482 = sext i32 %481 to i64
	%483 = getelementptr i32, i32* %list, i64 %482
	store i32 %469, i32* %483
	%484 = add i32 %13, %NK
	%485 = add i32 %484, %470
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %list, i64 %486
	store i32 1, i32* %487
	br label %488

488:
	%489 = add i32 %11, %469
	%490 = sext i32 %489 to i64
	%491 = getelementptr float, float* %e, i64 %490
	%492 = load float, float* %491
	%493 = add i32 %470, 1
	%494 = select i1 %476, i32 %493, i32 %470
	%495 = fpext float %492 to double
	%496 = fadd double %471, %495
	%497 = select i1 %476, double %496, double %471
	%498 = add i32 %469, 1
	br label %468

499:
	%500 = phi i32 [ %0, %419 ], [ %566, %565 ]
	%501 = icmp slt i32 %500, %16
	br i1 %501, label %502, label %518

502:
	%503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %500
	%504 = load i32, i32 addrspace(3)* %503
	%505 = icmp uge i32 %504, 2
	%506 = and i32 %504, 0
	%507 = icmp eq i32 %506, 0
	%508 = and i1 %505, %507
	%509 = lshr i32 %504, 24
	%510 = and i32 %509, 255
	%511 = select i1 %508, i32 %510, i32 256
	%512 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %511)
	%513 = shl i32 1, %3
	%514 = sub i32 %513, 1
	%515 = and i32 %512, %514
	%516 = icmp eq i32 %515, 0
	%517 = and i1 %508, %516
	br i1 %517, label %547, label %551

518:
	call void @llvm.nvvm.barrier0()
	%519 = sub i32 255, %0
	%520 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %519
	%521 = load i32, i32 addrspace(3)* %520
	%522 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %519
	%523 = load i32, i32 addrspace(3)* %522
	%524 = and i32 %0, 31
	%525 = lshr i32 %0, 5
	%526 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 1, i32 0)
	%527 = icmp uge i32 %524, 1
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %529, i32 2, i32 0)
	%531 = icmp uge i32 %524, 2
	%532 = select i1 %531, i32 %530, i32 0
	%533 = add i32 %529, %532
	%534 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %533, i32 4, i32 0)
	%535 = icmp uge i32 %524, 4
	%536 = select i1 %535, i32 %534, i32 0
	%537 = add i32 %533, %536
	%538 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %537, i32 8, i32 0)
	%539 = icmp uge i32 %524, 8
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %537, %540
	%542 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %541, i32 16, i32 0)
	%543 = icmp uge i32 %524, 16
	%544 = select i1 %543, i32 %542, i32 0
	%545 = add i32 %541, %544
	%546 = icmp eq i32 %524, 31
	br i1 %546, label %567, label %569

547:
	%548 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %510
	%549 = call i32 @llvm.ctpop.i32(i32 %512)
	%550 = atomicrmw add i32 addrspace(3)* %548, i32 %549 monotonic
	br label %551

551:
	%552 = sub i32 %504, 2
	%553 = bitcast i32 %552 to float
	%554 = fcmp ogt float %553, 0.0
	%555 = select i1 %554, float %553, float 0.0
	%556 = fcmp olt float %555, 1.0
	%557 = select i1 %556, float %555, float 1.0
	%558 = fmul float %557, 262144.0
	%559 = fptosi float %558 to i32
	%560 = icmp sgt i32 %559, 0
	%561 = and i1 %508, %560
	br i1 %561, label %562, label %565

562:
	%563 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %510
	%564 = atomicrmw add i32 addrspace(3)* %563, i32 %559 monotonic
	br label %565

565:
	%566 = add i32 %500, 256
	br label %499

567:
	%568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %525
	store i32 %545, i32 addrspace(3)* %568
	br label %569

569:
	call void @llvm.nvvm.barrier0()
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %525, 0
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 0, %573
	%575 = add i32 0, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %525, 1
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %525, 2
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %525, 3
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %525, 4
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %525, 5
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%607 = load i32, i32 addrspace(3)* %606
	%608 = icmp sgt i32 %525, 6
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = add i32 %605, %607
	%612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%613 = load i32, i32 addrspace(3)* %612
	%614 = icmp sgt i32 %525, 7
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %610, %615
	%617 = add i32 %611, %613
	%618 = add i32 %616, %545
	%619 = sub i32 %618, %523
	%620 = and i32 %0, 31
	%621 = lshr i32 %0, 5
	%622 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %521, i32 1, i32 0)
	%623 = icmp uge i32 %620, 1
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %521, %624
	%626 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %625, i32 2, i32 0)
	%627 = icmp uge i32 %620, 2
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 %625, %628
	%630 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %629, i32 4, i32 0)
	%631 = icmp uge i32 %620, 4
	%632 = select i1 %631, i32 %630, i32 0
	%633 = add i32 %629, %632
	%634 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %633, i32 8, i32 0)
	%635 = icmp uge i32 %620, 8
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %633, %636
	%638 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %637, i32 16, i32 0)
	%639 = icmp uge i32 %620, 16
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %637, %640
	%642 = icmp eq i32 %620, 31
	br i1 %642, label %643, label %645

643:
	%644 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %621
	store i32 %641, i32 addrspace(3)* %644
	br label %645

645:
	call void @llvm.nvvm.barrier0()
	%646 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%647 = load i32, i32 addrspace(3)* %646
	%648 = icmp sgt i32 %621, 0
	%649 = select i1 %648, i32 %647, i32 0
	%650 = add i32 0, %649
	%651 = add i32 0, %647
	%652 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%653 = load i32, i32 addrspace(3)* %652
	%654 = icmp sgt i32 %621, 1
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %650, %655
	%657 = add i32 %651, %653
	%658 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%659 = load i32, i32 addrspace(3)* %658
	%660 = icmp sgt i32 %621, 2
	%661 = select i1 %660, i32 %659, i32 0
	%662 = add i32 %656, %661
	%663 = add i32 %657, %659
	%664 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%665 = load i32, i32 addrspace(3)* %664
	%666 = icmp sgt i32 %621, 3
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %662, %667
	%669 = add i32 %663, %665
	%670 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%671 = load i32, i32 addrspace(3)* %670
	%672 = icmp sgt i32 %621, 4
	%673 = select i1 %672, i32 %671, i32 0
	%674 = add i32 %668, %673
	%675 = add i32 %669, %671
	%676 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%677 = load i32, i32 addrspace(3)* %676
	%678 = icmp sgt i32 %621, 5
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 %674, %679
	%681 = add i32 %675, %677
	%682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%683 = load i32, i32 addrspace(3)* %682
	%684 = icmp sgt i32 %621, 6
	%685 = select i1 %684, i32 %683, i32 0
	%686 = add i32 %680, %685
	%687 = add i32 %681, %683
	%688 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%689 = load i32, i32 addrspace(3)* %688
	%690 = icmp sgt i32 %621, 7
	%691 = select i1 %690, i32 %689, i32 0
	%692 = add i32 %686, %691
	%693 = add i32 %687, %689
	%694 = add i32 %692, %641
	%695 = sub i32 %694, %521
	%696 = icmp slt i32 %619, %431
	%697 = add i32 %619, %523
	%698 = icmp sle i32 %431, %697
	%699 = and i1 %696, %698
	%700 = icmp slt i32 %617, %431
	%701 = icmp eq i32 %0, 0
	%702 = and i1 %700, %701
	%703 = or i1 %699, %702
	br i1 %703, label %704, label %710

704:
	%705 = select i1 %700, i32 0, i32 %519
	%706 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	store i32 %705, i32 addrspace(3)* %706
	%707 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	store i32 %619, i32 addrspace(3)* %707
	%708 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	store i32 %695, i32 addrspace(3)* %708
	%709 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	store i32 %521, i32 addrspace(3)* %709
	br label %710

710:
	call void @llvm.nvvm.barrier0()
	%711 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	%712 = load i32, i32 addrspace(3)* %711
	%713 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	%714 = load i32, i32 addrspace(3)* %713
	%715 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	%716 = load i32, i32 addrspace(3)* %715
	%717 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	%718 = load i32, i32 addrspace(3)* %717
	%719 = shl i32 %712, 24
	%720 = or i32 0, %719
	%721 = sub i32 %431, %714
	%722 = add i32 0, %716
	%723 = or i1 false, %700
	%724 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %725
	%726 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %726
	call void @llvm.nvvm.barrier0()
	br label %727

727:
	%728 = phi i32 [ %0, %710 ], [ %794, %793 ]
	%729 = icmp slt i32 %728, %16
	br i1 %729, label %730, label %746

730:
	%731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %728
	%732 = load i32, i32 addrspace(3)* %731
	%733 = icmp uge i32 %732, 2
	%734 = and i32 %732, %724
	%735 = icmp eq i32 %734, %720
	%736 = and i1 %733, %735
	%737 = lshr i32 %732, 16
	%738 = and i32 %737, 255
	%739 = select i1 %736, i32 %738, i32 256
	%740 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %739)
	%741 = shl i32 1, %3
	%742 = sub i32 %741, 1
	%743 = and i32 %740, %742
	%744 = icmp eq i32 %743, 0
	%745 = and i1 %736, %744
	br i1 %745, label %775, label %779

746:
	call void @llvm.nvvm.barrier0()
	%747 = sub i32 255, %0
	%748 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %747
	%749 = load i32, i32 addrspace(3)* %748
	%750 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %747
	%751 = load i32, i32 addrspace(3)* %750
	%752 = and i32 %0, 31
	%753 = lshr i32 %0, 5
	%754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %751, i32 1, i32 0)
	%755 = icmp uge i32 %752, 1
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %751, %756
	%758 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %757, i32 2, i32 0)
	%759 = icmp uge i32 %752, 2
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %757, %760
	%762 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %761, i32 4, i32 0)
	%763 = icmp uge i32 %752, 4
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %761, %764
	%766 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %765, i32 8, i32 0)
	%767 = icmp uge i32 %752, 8
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %765, %768
	%770 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %769, i32 16, i32 0)
	%771 = icmp uge i32 %752, 16
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %769, %772
	%774 = icmp eq i32 %752, 31
	br i1 %774, label %795, label %797

775:
	%776 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %738
	%777 = call i32 @llvm.ctpop.i32(i32 %740)
	%778 = atomicrmw add i32 addrspace(3)* %776, i32 %777 monotonic
	br label %779

779:
	%780 = sub i32 %732, 2
	%781 = bitcast i32 %780 to float
	%782 = fcmp ogt float %781, 0.0
	%783 = select i1 %782, float %781, float 0.0
	%784 = fcmp olt float %783, 1.0
	%785 = select i1 %784, float %783, float 1.0
	%786 = fmul float %785, 262144.0
	%787 = fptosi float %786 to i32
	%788 = icmp sgt i32 %787, 0
	%789 = and i1 %736, %788
	br i1 %789, label %790, label %793

790:
	%791 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_histm, i32 0, i32 %738
	%792 = atomicrmw add i32 addrspace(3)* %791, i32 %787 monotonic
	br label %793

793:
	%794 = add i32 %728, 256
	br label %727

795:
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %753
	store i32 %773, i32 addrspace(3)* %796
	br label %797

797:
	call void @llvm.nvvm.barrier0()
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %753, 0
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 0, %801
	%803 = add i32 0, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %753, 1
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%811 = load i32, i32 addrspace(3)* %810
	%812 = icmp sgt i32 %753, 2
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %808, %813
	%815 = add i32 %809, %811
	%816 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%817 = load i32, i32 addrspace(3)* %816
	%818 = icmp sgt i32 %753, 3
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %814, %819
	%821 = add i32 %815, %817
	%822 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%823 = load i32, i32 addrspace(3)* %822
	%824 = icmp sgt i32 %753, 4
	%825 = select i1 %824, i32 %823, i32 0
	%826 = add i32 %820, %825
	%827 = add i32 %821, %823
	%828 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%829 = load i32, i32 addrspace(3)* %828
	%830 = icmp sgt i32 %753, 5
	%831 = select i1 %830, i32 %829, i32 0
	%832 = add i32 %826, %831
	%833 = add i32 %827, %829
	%834 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%835 = load i32, i32 addrspace(3)* %834
	%836 = icmp sgt i32 %753, 6
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %832, %837
	%839 = add i32 %833, %835
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %753, 7
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 %838, %843
	%845 = add i32 %839, %841
	%846 = add i32 %844, %773
	%847 = sub i32 %846, %751
	%848 = and i32 %0, 31
	%849 = lshr i32 %0, 5
	%850 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %749, i32 1, i32 0)
	%851 = icmp uge i32 %848, 1
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %749, %852
	%854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %853, i32 2, i32 0)
	%855 = icmp uge i32 %848, 2
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %853, %856
	%858 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %857, i32 4, i32 0)
	%859 = icmp uge i32 %848, 4
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %857, %860
	%862 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %861, i32 8, i32 0)
	%863 = icmp uge i32 %848, 8
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %861, %864
	%866 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %865, i32 16, i32 0)
	%867 = icmp uge i32 %848, 16
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %865, %868
	%870 = icmp eq i32 %848, 31
	br i1 %870, label %871, label %873

871:
	%872 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %849
	store i32 %869, i32 addrspace(3)* %872
	br label %873

873:
	call void @llvm.nvvm.barrier0()
	%874 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%875 = load i32, i32 addrspace(3)* %874
	%876 = icmp sgt i32 %849, 0
	%877 = select i1 %876, i32 %875, i32 0
	%878 = add i32 0, %877
	%879 = add i32 0, %875
	%880 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%881 = load i32, i32 addrspace(3)* %880
	%882 = icmp sgt i32 %849, 1
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %878, %883
	%885 = add i32 %879, %881
	%886 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%887 = load i32, i32 addrspace(3)* %886
	%888 = icmp sgt i32 %849, 2
	%889 = select i1 %888, i32 %887, i32 0
	%890 = add i32 %884, %889
	%891 = add i32 %885, %887
	%892 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%893 = load i32, i32 addrspace(3)* %892
	%894 = icmp sgt i32 %849, 3
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = add i32 %891, %893
	%898 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%899 = load i32, i32 addrspace(3)* %898
	%900 = icmp sgt i32 %849, 4
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %896, %901
	%903 = add i32 %897, %899
	%904 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%905 = load i32, i32 addrspace(3)* %904
	%906 = icmp sgt i32 %849, 5
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %902, %907
	%909 = add i32 %903, %905
	%910 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%911 = load i32, i32 addrspace(3)* %910
	%912 = icmp sgt i32 %849, 6
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %908, %913
	%915 = add i32 %909, %911
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%917 = load i32, i32 addrspace(3)* %916
	%918 = icmp sgt i32 %849, 7
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %914, %919
	%921 = add i32 %915, %917
	%922 = add i32 %920, %869
	%923 = sub i32 %922, %749
	%924 = icmp slt i32 %847, %721
	%925 = add i32 %847, %751
	%926 = icmp sle i32 %721, %925
	%927 = and i1 %924, %926
	%928 = icmp slt i32 %845, %721
	%929 = icmp eq i32 %0, 0
	%930 = and i1 %928, %929
	%931 = or i1 %927, %930
	br i1 %931, label %932, label %938

932:
	%933 = select i1 %928, i32 0, i32 %747
	%934 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	store i32 %933, i32 addrspace(3)* %934
	%935 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	store i32 %847, i32 addrspace(3)* %935
	%936 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	store i32 %923, i32 addrspace(3)* %936
	%937 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	store i32 %749, i32 addrspace(3)* %937
	br label %938

938:
	call void @llvm.nvvm.barrier0()
	%939 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 0
	%940 = load i32, i32 addrspace(3)* %939
	%941 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 1
	%942 = load i32, i32 addrspace(3)* %941
	%943 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 2
	%944 = load i32, i32 addrspace(3)* %943
	%945 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_bins, i32 0, i32 3
	%946 = load i32, i32 addrspace(3)* %945
	%947 = shl i32 %940, 16
	%948 = or i32 %720, %947
	%949 = sub i32 %721, %942
	%950 = add i32 %722, %944
	%951 = or i1 %723, %928
	%952 = or i32 %724, u0xFF0000
	%953 = add i32 %950, %946
	%954 = select i1 %951, i32 %422, i32 %953
	%955 = select i1 %951, i32 2, i32 %948
	%956 = icmp sge i32 %954, 0
	%957 = sub i32 %955, 1
	%958 = icmp slt i32 0, %422
	%959 = select i1 %958, i32 0, i32 %422
	%960 = select i1 %956, i32 %954, i32 %959
	br label %mass

mass:
	%961 = phi i32 [ %960, %938 ], [ %1927, %1915 ]
	%962 = phi i1 [ true, %938 ], [ false, %1915 ]
	%963 = and i1 %962, %956
	br i1 %963, label %mass_bins, label %mass_topk

mass_done:
	%964 = icmp sgt i32 %1917, 0
	%965 = select i1 %964, i32 %1917, i32 0
	%966 = add i32 %421, %965
	%967 = add i32 %966, %0
	br label %2400

mass_bins:
	%968 = shl i32 1, %3
	%969 = sub i32 %968, 1
	br label %978

mass_topk:
	%970 = icmp sgt i32 %961, 0
	br i1 %970, label %topk, label %topk_done

mass_taken:
	%971 = sub i32 %961, 1
	%972 = call i32 @llvm.ctlz.i32(i32 %971, i1 false)
	%973 = icmp sgt i32 %961, 1
	%974 = sub i32 32, %972
	%975 = select i1 %973, i32 %974, i32 0
	%976 = shl i32 1, %975
	%977 = add i32 %961, %0
	br label %1829

978:
	%979 = phi i32 [ 0, %mass_bins ], [ %1027, %1026 ]
	%980 = icmp slt i32 %979, %16
	br i1 %980, label %981, label %989

981:
	%982 = add i32 %979, %0
	%983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %982
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp ugt i32 %984, %957
	%986 = icmp eq i32 %984, %957
	%987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%988 = icmp eq i32 %3, 0
	br i1 %988, label %1020, label %1026

989:
	call void @llvm.nvvm.barrier0()
	%990 = sdiv i32 %16, 256
	%991 = mul i32 %990, 8
	%992 = icmp slt i32 %0, %991
	%993 = select i1 %992, i32 %0, i32 0
	%994 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %993
	%995 = load i32, i32 addrspace(3)* %994
	%996 = select i1 %992, i32 %995, i32 0
	%997 = and i32 %0, 31
	%998 = lshr i32 %0, 5
	%999 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %996, i32 1, i32 0)
	%1000 = icmp uge i32 %997, 1
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = add i32 %996, %1001
	%1003 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1002, i32 2, i32 0)
	%1004 = icmp uge i32 %997, 2
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = add i32 %1002, %1005
	%1007 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1006, i32 4, i32 0)
	%1008 = icmp uge i32 %997, 4
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = add i32 %1006, %1009
	%1011 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1010, i32 8, i32 0)
	%1012 = icmp uge i32 %997, 8
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1010, %1013
	%1015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1014, i32 16, i32 0)
	%1016 = icmp uge i32 %997, 16
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 %1014, %1017
	%1019 = icmp eq i32 %997, 31
	br i1 %1019, label %1028, label %1030

1020:
	%1021 = sdiv i32 %979, 256
	%1022 = mul i32 %1021, 8
	%1023 = add i32 %1022, %4
	%1024 = call i32 @llvm.ctpop.i32(i32 %987)
	%1025 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1023
	store i32 %1024, i32 addrspace(3)* %1025
	br label %1026

1026:
	%1027 = add i32 %979, 256
	br label %978

1028:
	%1029 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %998
	store i32 %1018, i32 addrspace(3)* %1029
	br label %1030

1030:
	call void @llvm.nvvm.barrier0()
	%1031 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%1032 = load i32, i32 addrspace(3)* %1031
	%1033 = icmp sgt i32 %998, 0
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = add i32 0, %1034
	%1036 = add i32 0, %1032
	%1037 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%1038 = load i32, i32 addrspace(3)* %1037
	%1039 = icmp sgt i32 %998, 1
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = add i32 %1035, %1040
	%1042 = add i32 %1036, %1038
	%1043 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%1044 = load i32, i32 addrspace(3)* %1043
	%1045 = icmp sgt i32 %998, 2
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = add i32 %1041, %1046
	%1048 = add i32 %1042, %1044
	%1049 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = icmp sgt i32 %998, 3
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %1047, %1052
	%1054 = add i32 %1048, %1050
	%1055 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%1056 = load i32, i32 addrspace(3)* %1055
	%1057 = icmp sgt i32 %998, 4
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = add i32 %1053, %1058
	%1060 = add i32 %1054, %1056
	%1061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp sgt i32 %998, 5
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1059, %1064
	%1066 = add i32 %1060, %1062
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp sgt i32 %998, 6
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %1065, %1070
	%1072 = add i32 %1066, %1068
	%1073 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%1074 = load i32, i32 addrspace(3)* %1073
	%1075 = icmp sgt i32 %998, 7
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1071, %1076
	%1078 = add i32 %1072, %1074
	%1079 = add i32 %1077, %1018
	%1080 = sub i32 %1079, %996
	br i1 %992, label %1081, label %1083

1081:
	%1082 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %0
	store i32 %1080, i32 addrspace(3)* %1082
	br label %1083

1083:
	call void @llvm.nvvm.barrier0()
	br label %1084

1084:
	%1085 = phi i32 [ 0, %1083 ], [ %1108, %1107 ]
	%1086 = icmp slt i32 %1085, %16
	br i1 %1086, label %1087, label %1103

1087:
	%1088 = add i32 %1085, %0
	%1089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1088
	%1090 = load i32, i32 addrspace(3)* %1089
	%1091 = icmp ugt i32 %1090, %957
	%1092 = icmp eq i32 %1090, %957
	%1093 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1094 = sdiv i32 %1085, 256
	%1095 = mul i32 %1094, 8
	%1096 = add i32 %1095, %4
	%1097 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1098 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1096
	%1099 = load i32, i32 addrspace(3)* %1098
	%1100 = and i32 %1097, %969
	%1101 = call i32 @llvm.ctpop.i32(i32 %1100)
	%1102 = add i32 %1099, %1101
	br i1 %1091, label %1104, label %1107

1103:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1104:
	%1105 = add i32 %1085, %0
	%1106 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1102
	store i32 %1105, i32 addrspace(3)* %1106
	br label %1107

1107:
	%1108 = add i32 %1085, 256
	br label %1084

topk:
	call void @llvm.nvvm.barrier0()
	%1109 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1109
	call void @llvm.nvvm.barrier0()
	br label %1110

topk_done:
	br label %mass_taken

1110:
	%1111 = phi i32 [ %0, %topk ], [ %1162, %1161 ]
	%1112 = icmp slt i32 %1111, %16
	br i1 %1112, label %1113, label %1129

1113:
	%1114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1111
	%1115 = load i32, i32 addrspace(3)* %1114
	%1116 = icmp uge i32 %1115, 2
	%1117 = and i32 %1115, 0
	%1118 = icmp eq i32 %1117, 0
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %1115, 24
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1157, label %1161

1129:
	call void @llvm.nvvm.barrier0()
	%1130 = sub i32 255, %0
	%1131 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1130
	%1132 = load i32, i32 addrspace(3)* %1131
	%1133 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1133
	%1134 = and i32 %0, 31
	%1135 = lshr i32 %0, 5
	%1136 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1132, i32 1, i32 0)
	%1137 = icmp uge i32 %1134, 1
	%1138 = select i1 %1137, i32 %1136, i32 0
	%1139 = add i32 %1132, %1138
	%1140 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1139, i32 2, i32 0)
	%1141 = icmp uge i32 %1134, 2
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1139, %1142
	%1144 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1143, i32 4, i32 0)
	%1145 = icmp uge i32 %1134, 4
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 %1143, %1146
	%1148 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1147, i32 8, i32 0)
	%1149 = icmp uge i32 %1134, 8
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = add i32 %1147, %1150
	%1152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1151, i32 16, i32 0)
	%1153 = icmp uge i32 %1134, 16
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1151, %1154
	%1156 = icmp eq i32 %1134, 31
	br i1 %1156, label %1163, label %1165

1157:
	%1158 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1121
	%1159 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1160 = atomicrmw add i32 addrspace(3)* %1158, i32 %1159 monotonic
	br label %1161

1161:
	%1162 = add i32 %1111, 256
	br label %1110

1163:
	%1164 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1135
	store i32 %1155, i32 addrspace(3)* %1164
	br label %1165

1165:
	call void @llvm.nvvm.barrier0()
	%1166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1167 = load i32, i32 addrspace(3)* %1166
	%1168 = icmp sgt i32 %1135, 0
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = add i32 0, %1169
	%1171 = add i32 0, %1167
	%1172 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1173 = load i32, i32 addrspace(3)* %1172
	%1174 = icmp sgt i32 %1135, 1
	%1175 = select i1 %1174, i32 %1173, i32 0
	%1176 = add i32 %1170, %1175
	%1177 = add i32 %1171, %1173
	%1178 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1179 = load i32, i32 addrspace(3)* %1178
	%1180 = icmp sgt i32 %1135, 2
	%1181 = select i1 %1180, i32 %1179, i32 0
	%1182 = add i32 %1176, %1181
	%1183 = add i32 %1177, %1179
	%1184 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1185 = load i32, i32 addrspace(3)* %1184
	%1186 = icmp sgt i32 %1135, 3
	%1187 = select i1 %1186, i32 %1185, i32 0
	%1188 = add i32 %1182, %1187
	%1189 = add i32 %1183, %1185
	%1190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1191 = load i32, i32 addrspace(3)* %1190
	%1192 = icmp sgt i32 %1135, 4
	%1193 = select i1 %1192, i32 %1191, i32 0
	%1194 = add i32 %1188, %1193
	%1195 = add i32 %1189, %1191
	%1196 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = icmp sgt i32 %1135, 5
	%1199 = select i1 %1198, i32 %1197, i32 0
	%1200 = add i32 %1194, %1199
	%1201 = add i32 %1195, %1197
	%1202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = icmp sgt i32 %1135, 6
	%1205 = select i1 %1204, i32 %1203, i32 0
	%1206 = add i32 %1200, %1205
	%1207 = add i32 %1201, %1203
	%1208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = icmp sgt i32 %1135, 7
	%1211 = select i1 %1210, i32 %1209, i32 0
	%1212 = add i32 %1206, %1211
	%1213 = add i32 %1207, %1209
	%1214 = add i32 %1212, %1155
	%1215 = sub i32 %1214, %1132
	%1216 = icmp slt i32 %1215, %961
	%1217 = add i32 %1215, %1132
	%1218 = icmp sle i32 %961, %1217
	%1219 = and i1 %1216, %1218
	br i1 %1219, label %1220, label %1223

1220:
	%1221 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1130, i32 addrspace(3)* %1221
	%1222 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1215, i32 addrspace(3)* %1222
	br label %1223

1223:
	call void @llvm.nvvm.barrier0()
	%1224 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1227 = load i32, i32 addrspace(3)* %1226
	%1228 = sub i32 %961, %1227
	%1229 = shl i32 %1225, 24
	%1230 = or i32 0, %1229
	%1231 = or i32 0, u0xFF000000
	br label %1232

1232:
	%1233 = phi i32 [ %0, %1223 ], [ %1284, %1283 ]
	%1234 = icmp slt i32 %1233, %16
	br i1 %1234, label %1235, label %1251

1235:
	%1236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1233
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = icmp uge i32 %1237, 2
	%1239 = and i32 %1237, %1231
	%1240 = icmp eq i32 %1239, %1230
	%1241 = and i1 %1238, %1240
	%1242 = lshr i32 %1237, 16
	%1243 = and i32 %1242, 255
	%1244 = select i1 %1241, i32 %1243, i32 256
	%1245 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1244)
	%1246 = shl i32 1, %3
	%1247 = sub i32 %1246, 1
	%1248 = and i32 %1245, %1247
	%1249 = icmp eq i32 %1248, 0
	%1250 = and i1 %1241, %1249
	br i1 %1250, label %1279, label %1283

1251:
	call void @llvm.nvvm.barrier0()
	%1252 = sub i32 255, %0
	%1253 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1252
	%1254 = load i32, i32 addrspace(3)* %1253
	%1255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1255
	%1256 = and i32 %0, 31
	%1257 = lshr i32 %0, 5
	%1258 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1254, i32 1, i32 0)
	%1259 = icmp uge i32 %1256, 1
	%1260 = select i1 %1259, i32 %1258, i32 0
	%1261 = add i32 %1254, %1260
	%1262 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1261, i32 2, i32 0)
	%1263 = icmp uge i32 %1256, 2
	%1264 = select i1 %1263, i32 %1262, i32 0
	%1265 = add i32 %1261, %1264
	%1266 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1265, i32 4, i32 0)
	%1267 = icmp uge i32 %1256, 4
	%1268 = select i1 %1267, i32 %1266, i32 0
	%1269 = add i32 %1265, %1268
	%1270 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1269, i32 8, i32 0)
	%1271 = icmp uge i32 %1256, 8
	%1272 = select i1 %1271, i32 %1270, i32 0
	%1273 = add i32 %1269, %1272
	%1274 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1273, i32 16, i32 0)
	%1275 = icmp uge i32 %1256, 16
	%1276 = select i1 %1275, i32 %1274, i32 0
	%1277 = add i32 %1273, %1276
	%1278 = icmp eq i32 %1256, 31
	br i1 %1278, label %1285, label %1287

1279:
	%1280 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1243
	%1281 = call i32 @llvm.ctpop.i32(i32 %1245)
	%1282 = atomicrmw add i32 addrspace(3)* %1280, i32 %1281 monotonic
	br label %1283

1283:
	%1284 = add i32 %1233, 256
	br label %1232

1285:
	%1286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1257
	store i32 %1277, i32 addrspace(3)* %1286
	br label %1287

1287:
	call void @llvm.nvvm.barrier0()
	%1288 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1289 = load i32, i32 addrspace(3)* %1288
	%1290 = icmp sgt i32 %1257, 0
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 0, %1291
	%1293 = add i32 0, %1289
	%1294 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1295 = load i32, i32 addrspace(3)* %1294
	%1296 = icmp sgt i32 %1257, 1
	%1297 = select i1 %1296, i32 %1295, i32 0
	%1298 = add i32 %1292, %1297
	%1299 = add i32 %1293, %1295
	%1300 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = icmp sgt i32 %1257, 2
	%1303 = select i1 %1302, i32 %1301, i32 0
	%1304 = add i32 %1298, %1303
	%1305 = add i32 %1299, %1301
	%1306 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1307 = load i32, i32 addrspace(3)* %1306
	%1308 = icmp sgt i32 %1257, 3
	%1309 = select i1 %1308, i32 %1307, i32 0
	%1310 = add i32 %1304, %1309
	%1311 = add i32 %1305, %1307
	%1312 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = icmp sgt i32 %1257, 4
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = add i32 %1310, %1315
	%1317 = add i32 %1311, %1313
	%1318 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = icmp sgt i32 %1257, 5
	%1321 = select i1 %1320, i32 %1319, i32 0
	%1322 = add i32 %1316, %1321
	%1323 = add i32 %1317, %1319
	%1324 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1325 = load i32, i32 addrspace(3)* %1324
	%1326 = icmp sgt i32 %1257, 6
	%1327 = select i1 %1326, i32 %1325, i32 0
	%1328 = add i32 %1322, %1327
	%1329 = add i32 %1323, %1325
	%1330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = icmp sgt i32 %1257, 7
	%1333 = select i1 %1332, i32 %1331, i32 0
	%1334 = add i32 %1328, %1333
	%1335 = add i32 %1329, %1331
	%1336 = add i32 %1334, %1277
	%1337 = sub i32 %1336, %1254
	%1338 = icmp slt i32 %1337, %1228
	%1339 = add i32 %1337, %1254
	%1340 = icmp sle i32 %1228, %1339
	%1341 = and i1 %1338, %1340
	br i1 %1341, label %1342, label %1345

1342:
	%1343 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1252, i32 addrspace(3)* %1343
	%1344 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1337, i32 addrspace(3)* %1344
	br label %1345

1345:
	call void @llvm.nvvm.barrier0()
	%1346 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1347 = load i32, i32 addrspace(3)* %1346
	%1348 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = sub i32 %1228, %1349
	%1351 = shl i32 %1347, 16
	%1352 = or i32 %1230, %1351
	%1353 = or i32 %1231, u0xFF0000
	br label %1354

1354:
	%1355 = phi i32 [ %0, %1345 ], [ %1406, %1405 ]
	%1356 = icmp slt i32 %1355, %16
	br i1 %1356, label %1357, label %1373

1357:
	%1358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1355
	%1359 = load i32, i32 addrspace(3)* %1358
	%1360 = icmp uge i32 %1359, 2
	%1361 = and i32 %1359, %1353
	%1362 = icmp eq i32 %1361, %1352
	%1363 = and i1 %1360, %1362
	%1364 = lshr i32 %1359, 8
	%1365 = and i32 %1364, 255
	%1366 = select i1 %1363, i32 %1365, i32 256
	%1367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1366)
	%1368 = shl i32 1, %3
	%1369 = sub i32 %1368, 1
	%1370 = and i32 %1367, %1369
	%1371 = icmp eq i32 %1370, 0
	%1372 = and i1 %1363, %1371
	br i1 %1372, label %1401, label %1405

1373:
	call void @llvm.nvvm.barrier0()
	%1374 = sub i32 255, %0
	%1375 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1374
	%1376 = load i32, i32 addrspace(3)* %1375
	%1377 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1377
	%1378 = and i32 %0, 31
	%1379 = lshr i32 %0, 5
	%1380 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1376, i32 1, i32 0)
	%1381 = icmp uge i32 %1378, 1
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = add i32 %1376, %1382
	%1384 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1383, i32 2, i32 0)
	%1385 = icmp uge i32 %1378, 2
	%1386 = select i1 %1385, i32 %1384, i32 0
	%1387 = add i32 %1383, %1386
	%1388 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1387, i32 4, i32 0)
	%1389 = icmp uge i32 %1378, 4
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = add i32 %1387, %1390
	%1392 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1391, i32 8, i32 0)
	%1393 = icmp uge i32 %1378, 8
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = add i32 %1391, %1394
	%1396 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1395, i32 16, i32 0)
	%1397 = icmp uge i32 %1378, 16
	%1398 = select i1 %1397, i32 %1396, i32 0
	%1399 = add i32 %1395, %1398
	%1400 = icmp eq i32 %1378, 31
	br i1 %1400, label %1407, label %1409

1401:
	%1402 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %1365
	%1403 = call i32 @llvm.ctpop.i32(i32 %1367)
	%1404 = atomicrmw add i32 addrspace(3)* %1402, i32 %1403 monotonic
	br label %1405

1405:
	%1406 = add i32 %1355, 256
	br label %1354

1407:
	%1408 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1379
	store i32 %1399, i32 addrspace(3)* %1408
	br label %1409

1409:
	call void @llvm.nvvm.barrier0()
	%1410 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1411 = load i32, i32 addrspace(3)* %1410
	%1412 = icmp sgt i32 %1379, 0
	%1413 = select i1 %1412, i32 %1411, i32 0
	%1414 = add i32 0, %1413
	%1415 = add i32 0, %1411
	%1416 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1417 = load i32, i32 addrspace(3)* %1416
	%1418 = icmp sgt i32 %1379, 1
	%1419 = select i1 %1418, i32 %1417, i32 0
	%1420 = add i32 %1414, %1419
	%1421 = add i32 %1415, %1417
	%1422 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = icmp sgt i32 %1379, 2
	%1425 = select i1 %1424, i32 %1423, i32 0
	%1426 = add i32 %1420, %1425
	%1427 = add i32 %1421, %1423
	%1428 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1429 = load i32, i32 addrspace(3)* %1428
	%1430 = icmp sgt i32 %1379, 3
	%1431 = select i1 %1430, i32 %1429, i32 0
	%1432 = add i32 %1426, %1431
	%1433 = add i32 %1427, %1429
	%1434 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1435 = load i32, i32 addrspace(3)* %1434
	%1436 = icmp sgt i32 %1379, 4
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = add i32 %1432, %1437
	%1439 = add i32 %1433, %1435
	%1440 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1441 = load i32, i32 addrspace(3)* %1440
	%1442 = icmp sgt i32 %1379, 5
	%1443 = select i1 %1442, i32 %1441, i32 0
	%1444 = add i32 %1438, %1443
	%1445 = add i32 %1439, %1441
	%1446 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1447 = load i32, i32 addrspace(3)* %1446
	%1448 = icmp sgt i32 %1379, 6
	%1449 = select i1 %1448, i32 %1447, i32 0
	%1450 = add i32 %1444, %1449
	%1451 = add i32 %1445, %1447
	%1452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = icmp sgt i32 %1379, 7
	%1455 = select i1 %1454, i32 %1453, i32 0
	%1456 = add i32 %1450, %1455
	%1457 = add i32 %1451, %1453
	%1458 = add i32 %1456, %1399
	%1459 = sub i32 %1458, %1376
	%1460 = icmp slt i32 %1459, %1350
	%1461 = add i32 %1459, %1376
	%1462 = icmp sle i32 %1350, %1461
	%1463 = and i1 %1460, %1462
	br i1 %1463, label %1464, label %1467

1464:
	%1465 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1374, i32 addrspace(3)* %1465
	%1466 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1459, i32 addrspace(3)* %1466
	br label %1467

1467:
	call void @llvm.nvvm.barrier0()
	%1468 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1471 = load i32, i32 addrspace(3)* %1470
	%1472 = sub i32 %1350, %1471
	%1473 = shl i32 %1469, 8
	%1474 = or i32 %1352, %1473
	%1475 = or i32 %1353, u0xFF00
	br label %1476

1476:
	%1477 = phi i32 [ %0, %1467 ], [ %1528, %1527 ]
	%1478 = icmp slt i32 %1477, %16
	br i1 %1478, label %1479, label %1495

1479:
	%1480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1477
	%1481 = load i32, i32 addrspace(3)* %1480
	%1482 = icmp uge i32 %1481, 2
	%1483 = and i32 %1481, %1475
	%1484 = icmp eq i32 %1483, %1474
	%1485 = and i1 %1482, %1484
	%1486 = lshr i32 %1481, 0
	%1487 = and i32 %1486, 255
	%1488 = select i1 %1485, i32 %1487, i32 256
	%1489 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1488)
	%1490 = shl i32 1, %3
	%1491 = sub i32 %1490, 1
	%1492 = and i32 %1489, %1491
	%1493 = icmp eq i32 %1492, 0
	%1494 = and i1 %1485, %1493
	br i1 %1494, label %1523, label %1527

1495:
	call void @llvm.nvvm.barrier0()
	%1496 = sub i32 255, %0
	%1497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1496
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1499
	%1500 = and i32 %0, 31
	%1501 = lshr i32 %0, 5
	%1502 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1498, i32 1, i32 0)
	%1503 = icmp uge i32 %1500, 1
	%1504 = select i1 %1503, i32 %1502, i32 0
	%1505 = add i32 %1498, %1504
	%1506 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1505, i32 2, i32 0)
	%1507 = icmp uge i32 %1500, 2
	%1508 = select i1 %1507, i32 %1506, i32 0
	%1509 = add i32 %1505, %1508
	%1510 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1509, i32 4, i32 0)
	%1511 = icmp uge i32 %1500, 4
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1509, %1512
	%1514 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1513, i32 8, i32 0)
	%1515 = icmp uge i32 %1500, 8
	%1516 = select i1 %1515, i32 %1514, i32 0
	%1517 = add i32 %1513, %1516
	%1518 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1517, i32 16, i32 0)
	%1519 = icmp uge i32 %1500, 16
	%1520 = select i1 %1519, i32 %1518, i32 0
	%1521 = add i32 %1517, %1520
	%1522 = icmp eq i32 %1500, 31
	br i1 %1522, label %1529, label %1531

1523:
	%1524 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @scalargather_select2_hist2, i32 0, i32 %1487
	%1525 = call i32 @llvm.ctpop.i32(i32 %1489)
	%1526 = atomicrmw add i32 addrspace(3)* %1524, i32 %1525 monotonic
	br label %1527

1527:
	%1528 = add i32 %1477, 256
	br label %1476

1529:
	%1530 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1501
	store i32 %1521, i32 addrspace(3)* %1530
	br label %1531

1531:
	call void @llvm.nvvm.barrier0()
	%1532 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = icmp sgt i32 %1501, 0
	%1535 = select i1 %1534, i32 %1533, i32 0
	%1536 = add i32 0, %1535
	%1537 = add i32 0, %1533
	%1538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1539 = load i32, i32 addrspace(3)* %1538
	%1540 = icmp sgt i32 %1501, 1
	%1541 = select i1 %1540, i32 %1539, i32 0
	%1542 = add i32 %1536, %1541
	%1543 = add i32 %1537, %1539
	%1544 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1545 = load i32, i32 addrspace(3)* %1544
	%1546 = icmp sgt i32 %1501, 2
	%1547 = select i1 %1546, i32 %1545, i32 0
	%1548 = add i32 %1542, %1547
	%1549 = add i32 %1543, %1545
	%1550 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1551 = load i32, i32 addrspace(3)* %1550
	%1552 = icmp sgt i32 %1501, 3
	%1553 = select i1 %1552, i32 %1551, i32 0
	%1554 = add i32 %1548, %1553
	%1555 = add i32 %1549, %1551
	%1556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = icmp sgt i32 %1501, 4
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %1554, %1559
	%1561 = add i32 %1555, %1557
	%1562 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = icmp sgt i32 %1501, 5
	%1565 = select i1 %1564, i32 %1563, i32 0
	%1566 = add i32 %1560, %1565
	%1567 = add i32 %1561, %1563
	%1568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1569 = load i32, i32 addrspace(3)* %1568
	%1570 = icmp sgt i32 %1501, 6
	%1571 = select i1 %1570, i32 %1569, i32 0
	%1572 = add i32 %1566, %1571
	%1573 = add i32 %1567, %1569
	%1574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1575 = load i32, i32 addrspace(3)* %1574
	%1576 = icmp sgt i32 %1501, 7
	%1577 = select i1 %1576, i32 %1575, i32 0
	%1578 = add i32 %1572, %1577
	%1579 = add i32 %1573, %1575
	%1580 = add i32 %1578, %1521
	%1581 = sub i32 %1580, %1498
	%1582 = icmp slt i32 %1581, %1472
	%1583 = add i32 %1581, %1498
	%1584 = icmp sle i32 %1472, %1583
	%1585 = and i1 %1582, %1584
	br i1 %1585, label %1586, label %1589

1586:
	%1587 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	store i32 %1496, i32 addrspace(3)* %1587
	%1588 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	store i32 %1581, i32 addrspace(3)* %1588
	br label %1589

1589:
	call void @llvm.nvvm.barrier0()
	%1590 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 0
	%1591 = load i32, i32 addrspace(3)* %1590
	%1592 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @scalargather_select2_sel, i32 0, i32 1
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = sub i32 %1472, %1593
	%1595 = shl i32 %1591, 0
	%1596 = or i32 %1474, %1595
	%1597 = or i32 %1475, 255
	%1598 = shl i32 1, %3
	%1599 = sub i32 %1598, 1
	br label %1600

1600:
	%1601 = phi i32 [ 0, %1589 ], [ %1655, %1654 ]
	%1602 = icmp slt i32 %1601, %16
	br i1 %1602, label %1603, label %1612

1603:
	%1604 = add i32 %1601, %0
	%1605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1604
	%1606 = load i32, i32 addrspace(3)* %1605
	%1607 = icmp ugt i32 %1606, %1596
	%1608 = icmp eq i32 %1606, %1596
	%1609 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1607)
	%1610 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1608)
	%1611 = icmp eq i32 %3, 0
	br i1 %1611, label %1646, label %1654

1612:
	call void @llvm.nvvm.barrier0()
	%1613 = sdiv i32 %16, 256
	%1614 = mul i32 %1613, 8
	%1615 = icmp slt i32 %0, %1614
	%1616 = select i1 %1615, i32 %0, i32 0
	%1617 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1616
	%1618 = load i32, i32 addrspace(3)* %1617
	%1619 = select i1 %1615, i32 %1618, i32 0
	%1620 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1616
	%1621 = load i32, i32 addrspace(3)* %1620
	%1622 = select i1 %1615, i32 %1621, i32 0
	%1623 = and i32 %0, 31
	%1624 = lshr i32 %0, 5
	%1625 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1622, i32 1, i32 0)
	%1626 = icmp uge i32 %1623, 1
	%1627 = select i1 %1626, i32 %1625, i32 0
	%1628 = add i32 %1622, %1627
	%1629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1628, i32 2, i32 0)
	%1630 = icmp uge i32 %1623, 2
	%1631 = select i1 %1630, i32 %1629, i32 0
	%1632 = add i32 %1628, %1631
	%1633 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1632, i32 4, i32 0)
	%1634 = icmp uge i32 %1623, 4
	%1635 = select i1 %1634, i32 %1633, i32 0
	%1636 = add i32 %1632, %1635
	%1637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1636, i32 8, i32 0)
	%1638 = icmp uge i32 %1623, 8
	%1639 = select i1 %1638, i32 %1637, i32 0
	%1640 = add i32 %1636, %1639
	%1641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1640, i32 16, i32 0)
	%1642 = icmp uge i32 %1623, 16
	%1643 = select i1 %1642, i32 %1641, i32 0
	%1644 = add i32 %1640, %1643
	%1645 = icmp eq i32 %1623, 31
	br i1 %1645, label %1656, label %1658

1646:
	%1647 = sdiv i32 %1601, 256
	%1648 = mul i32 %1647, 8
	%1649 = add i32 %1648, %4
	%1650 = call i32 @llvm.ctpop.i32(i32 %1609)
	%1651 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1649
	store i32 %1650, i32 addrspace(3)* %1651
	%1652 = call i32 @llvm.ctpop.i32(i32 %1610)
	%1653 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1649
	store i32 %1652, i32 addrspace(3)* %1653
	br label %1654

1654:
	%1655 = add i32 %1601, 256
	br label %1600

1656:
	%1657 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 %1624
	store i32 %1644, i32 addrspace(3)* %1657
	br label %1658

1658:
	call void @llvm.nvvm.barrier0()
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 0
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1624, 0
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 0, %1662
	%1664 = add i32 0, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 1
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1624, 1
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 2
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1624, 2
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 3
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1624, 3
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 4
	%1684 = load i32, i32 addrspace(3)* %1683
	%1685 = icmp sgt i32 %1624, 4
	%1686 = select i1 %1685, i32 %1684, i32 0
	%1687 = add i32 %1681, %1686
	%1688 = add i32 %1682, %1684
	%1689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 5
	%1690 = load i32, i32 addrspace(3)* %1689
	%1691 = icmp sgt i32 %1624, 5
	%1692 = select i1 %1691, i32 %1690, i32 0
	%1693 = add i32 %1687, %1692
	%1694 = add i32 %1688, %1690
	%1695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 6
	%1696 = load i32, i32 addrspace(3)* %1695
	%1697 = icmp sgt i32 %1624, 6
	%1698 = select i1 %1697, i32 %1696, i32 0
	%1699 = add i32 %1693, %1698
	%1700 = add i32 %1694, %1696
	%1701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scana, i32 0, i32 7
	%1702 = load i32, i32 addrspace(3)* %1701
	%1703 = icmp sgt i32 %1624, 7
	%1704 = select i1 %1703, i32 %1702, i32 0
	%1705 = add i32 %1699, %1704
	%1706 = add i32 %1700, %1702
	%1707 = add i32 %1705, %1644
	%1708 = sub i32 %1707, %1622
	%1709 = sub i32 %1594, %1708
	%1710 = icmp sgt i32 %1709, 0
	%1711 = select i1 %1710, i32 %1709, i32 0
	%1712 = icmp slt i32 %1711, %1622
	%1713 = select i1 %1712, i32 %1711, i32 %1622
	%1714 = add i32 %1619, %1713
	%1715 = and i32 %0, 31
	%1716 = lshr i32 %0, 5
	%1717 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1714, i32 1, i32 0)
	%1718 = icmp uge i32 %1715, 1
	%1719 = select i1 %1718, i32 %1717, i32 0
	%1720 = add i32 %1714, %1719
	%1721 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1720, i32 2, i32 0)
	%1722 = icmp uge i32 %1715, 2
	%1723 = select i1 %1722, i32 %1721, i32 0
	%1724 = add i32 %1720, %1723
	%1725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1724, i32 4, i32 0)
	%1726 = icmp uge i32 %1715, 4
	%1727 = select i1 %1726, i32 %1725, i32 0
	%1728 = add i32 %1724, %1727
	%1729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1728, i32 8, i32 0)
	%1730 = icmp uge i32 %1715, 8
	%1731 = select i1 %1730, i32 %1729, i32 0
	%1732 = add i32 %1728, %1731
	%1733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1732, i32 16, i32 0)
	%1734 = icmp uge i32 %1715, 16
	%1735 = select i1 %1734, i32 %1733, i32 0
	%1736 = add i32 %1732, %1735
	%1737 = icmp eq i32 %1715, 31
	br i1 %1737, label %1738, label %1740

1738:
	%1739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 %1716
	store i32 %1736, i32 addrspace(3)* %1739
	br label %1740

1740:
	call void @llvm.nvvm.barrier0()
	%1741 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 0
	%1742 = load i32, i32 addrspace(3)* %1741
	%1743 = icmp sgt i32 %1716, 0
	%1744 = select i1 %1743, i32 %1742, i32 0
	%1745 = add i32 0, %1744
	%1746 = add i32 0, %1742
	%1747 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 1
	%1748 = load i32, i32 addrspace(3)* %1747
	%1749 = icmp sgt i32 %1716, 1
	%1750 = select i1 %1749, i32 %1748, i32 0
	%1751 = add i32 %1745, %1750
	%1752 = add i32 %1746, %1748
	%1753 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 2
	%1754 = load i32, i32 addrspace(3)* %1753
	%1755 = icmp sgt i32 %1716, 2
	%1756 = select i1 %1755, i32 %1754, i32 0
	%1757 = add i32 %1751, %1756
	%1758 = add i32 %1752, %1754
	%1759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 3
	%1760 = load i32, i32 addrspace(3)* %1759
	%1761 = icmp sgt i32 %1716, 3
	%1762 = select i1 %1761, i32 %1760, i32 0
	%1763 = add i32 %1757, %1762
	%1764 = add i32 %1758, %1760
	%1765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 4
	%1766 = load i32, i32 addrspace(3)* %1765
	%1767 = icmp sgt i32 %1716, 4
	%1768 = select i1 %1767, i32 %1766, i32 0
	%1769 = add i32 %1763, %1768
	%1770 = add i32 %1764, %1766
	%1771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 5
	%1772 = load i32, i32 addrspace(3)* %1771
	%1773 = icmp sgt i32 %1716, 5
	%1774 = select i1 %1773, i32 %1772, i32 0
	%1775 = add i32 %1769, %1774
	%1776 = add i32 %1770, %1772
	%1777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 6
	%1778 = load i32, i32 addrspace(3)* %1777
	%1779 = icmp sgt i32 %1716, 6
	%1780 = select i1 %1779, i32 %1778, i32 0
	%1781 = add i32 %1775, %1780
	%1782 = add i32 %1776, %1778
	%1783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @scalargather_select2_scanb, i32 0, i32 7
	%1784 = load i32, i32 addrspace(3)* %1783
	%1785 = icmp sgt i32 %1716, 7
	%1786 = select i1 %1785, i32 %1784, i32 0
	%1787 = add i32 %1781, %1786
	%1788 = add i32 %1782, %1784
	%1789 = add i32 %1787, %1736
	%1790 = sub i32 %1789, %1714
	br i1 %1615, label %1791, label %1794

1791:
	%1792 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %0
	store i32 %1790, i32 addrspace(3)* %1792
	%1793 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %0
	store i32 %1708, i32 addrspace(3)* %1793
	br label %1794

1794:
	call void @llvm.nvvm.barrier0()
	br label %1795

1795:
	%1796 = phi i32 [ 0, %1794 ], [ %1828, %1827 ]
	%1797 = icmp slt i32 %1796, %16
	br i1 %1797, label %1798, label %1823

1798:
	%1799 = add i32 %1796, %0
	%1800 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1799
	%1801 = load i32, i32 addrspace(3)* %1800
	%1802 = icmp ugt i32 %1801, %1596
	%1803 = icmp eq i32 %1801, %1596
	%1804 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1802)
	%1805 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1803)
	%1806 = sdiv i32 %1796, 256
	%1807 = mul i32 %1806, 8
	%1808 = add i32 %1807, %4
	%1809 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpt, i32 0, i32 %1808
	%1810 = load i32, i32 addrspace(3)* %1809
	%1811 = and i32 %1805, %1599
	%1812 = call i32 @llvm.ctpop.i32(i32 %1811)
	%1813 = add i32 %1810, %1812
	%1814 = icmp slt i32 %1813, %1594
	%1815 = and i1 %1803, %1814
	%1816 = or i1 %1802, %1815
	%1817 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1816)
	%1818 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @scalargather_select2_cmpg, i32 0, i32 %1808
	%1819 = load i32, i32 addrspace(3)* %1818
	%1820 = and i32 %1817, %1599
	%1821 = call i32 @llvm.ctpop.i32(i32 %1820)
	%1822 = add i32 %1819, %1821
	br i1 %1816, label %1824, label %1827

1823:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1824:
	%1825 = add i32 %1796, %0
	%1826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1822
	store i32 %1825, i32 addrspace(3)* %1826
	br label %1827

1827:
	%1828 = add i32 %1796, 256
	br label %1795

1829:
	%1830 = phi i32 [ %977, %mass_taken ], [ %1834, %1832 ]
	%1831 = icmp slt i32 %1830, %976
	br i1 %1831, label %1832, label %1835

1832:
	%1833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1830
	store i32 -1, i32 addrspace(3)* %1833
	%1834 = add i32 %1830, 256
	br label %1829

1835:
	call void @llvm.nvvm.barrier0()
	%1836 = add i32 %975, 1
	br label %1837

1837:
	%1838 = phi i32 [ 1, %1835 ], [ %1854, %1853 ]
	%1839 = icmp slt i32 %1838, %1836
	br i1 %1839, label %1840, label %1842

1840:
	%1841 = shl i32 1, %1838
	br label %1843

1842:
	br label %1895

1843:
	%1844 = phi i32 [ 0, %1840 ], [ %1889, %1888 ]
	%1845 = icmp slt i32 %1844, %1838
	br i1 %1845, label %1846, label %1853

1846:
	%1847 = sub i32 %1838, 1
	%1848 = sub i32 %1847, %1844
	%1849 = shl i32 1, %1848
	%1850 = sub i32 %1838, 1
	%1851 = sub i32 %1850, %1844
	%1852 = lshr i32 %976, 1
	br label %1855

1853:
	%1854 = add i32 %1838, 1
	br label %1837

1855:
	%1856 = phi i32 [ %0, %1846 ], [ %1894, %1893 ]
	%1857 = icmp slt i32 %1856, %1852
	br i1 %1857, label %1858, label %1888

1858:
	%1859 = lshr i32 %1856, %1851
	%1860 = add i32 %1851, 1
	%1861 = shl i32 %1859, %1860
	%1862 = sub i32 %1849, 1
	%1863 = and i32 %1856, %1862
	%1864 = or i32 %1861, %1863
	%1865 = or i32 %1864, %1849
	%1866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1864
	%1867 = load i32, i32 addrspace(3)* %1866
	%1868 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1865
	%1869 = load i32, i32 addrspace(3)* %1868
	%1870 = and i32 %1864, %1841
	%1871 = icmp eq i32 %1870, 0
	%1872 = icmp sge i32 %1869, 0
	%1873 = select i1 %1872, i32 %1869, i32 0
	%1874 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1873
	%1875 = load i32, i32 addrspace(3)* %1874
	%1876 = select i1 %1872, i32 %1875, i32 0
	%1877 = icmp sge i32 %1867, 0
	%1878 = select i1 %1877, i32 %1867, i32 0
	%1879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1878
	%1880 = load i32, i32 addrspace(3)* %1879
	%1881 = select i1 %1877, i32 %1880, i32 0
	%1882 = icmp ugt i32 %1876, %1881
	%1883 = icmp eq i32 %1876, %1881
	%1884 = icmp slt i32 %1869, %1867
	%1885 = and i1 %1883, %1884
	%1886 = or i1 %1882, %1885
	%1887 = icmp eq i1 %1886, %1871
	br i1 %1887, label %1890, label %1893

1888:
	call void @llvm.nvvm.barrier0()
	%1889 = add i32 %1844, 1
	br label %1843

1890:
	%1891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1864
	store i32 %1869, i32 addrspace(3)* %1891
	%1892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1865
	store i32 %1867, i32 addrspace(3)* %1892
	br label %1893

1893:
	%1894 = add i32 %1856, 256
	br label %1855

1895:
	%1896 = phi i32 [ %0, %1842 ], [ %1909, %1898 ]
	%1897 = icmp slt i32 %1896, %961
	br i1 %1897, label %1898, label %1910

1898:
	%1899 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1896
	%1900 = load i32, i32 addrspace(3)* %1899
	%1901 = add i32 %421, %1896
	%1902 = add i32 %13, %1901
	%1903 = sext i32 %1902 to i64
	%1904 = getelementptr i32, i32* %list, i64 %1903
	store i32 %1900, i32* %1904
	%1905 = add i32 %13, %NK
	%1906 = add i32 %1905, %1901
	%1907 = sext i32 %1906 to i64
	%1908 = getelementptr i32, i32* %list, i64 %1907
	store i32 0, i32* %1908
	%1909 = add i32 %1896, 256
	br label %1895

1910:
	call void @llvm.nvvm.barrier0()
	%1911 = icmp eq i32 %4, 0
	br i1 %1911, label %1912, label %1915

1912:
	%1913 = getelementptr [1 x double], [1 x double] addrspace(3)* @scalargather_select2_mass, i32 0, i32 0
	%1914 = load double, double addrspace(3)* %1913
	br label %1928

1915:
	call void @llvm.nvvm.barrier0()
	%1916 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 1
	%1917 = load i32, i32 addrspace(3)* %1916
	%1918 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 2
	%1919 = load i32, i32 addrspace(3)* %1918
	%1920 = icmp ne i32 %1919, 0
	%1921 = icmp sge i32 %961, %422
	%1922 = or i1 %1920, %1921
	%1923 = mul i32 %961, 4
	%1924 = icmp sgt i32 %1923, 64
	%1925 = select i1 %1924, i32 %1923, i32 64
	%1926 = icmp slt i32 %1925, %422
	%1927 = select i1 %1926, i32 %1925, i32 %422
	br i1 %1922, label %mass_done, label %mass

1928:
	%1929 = phi i32 [ 0, %1912 ], [ %2393, %2390 ]
	%1930 = phi double [ %1914, %1912 ], [ %2391, %2390 ]
	%1931 = phi i32 [ 0, %1912 ], [ %2392, %2390 ]
	%1932 = icmp slt i32 %1929, %961
	br i1 %1932, label %1933, label %1936

1933:
	%1934 = add i32 %1929, %3
	%1935 = icmp slt i32 %1934, %961
	br i1 %1935, label %1938, label %1945

1936:
	%1937 = icmp eq i32 %3, 0
	br i1 %1937, label %2394, label %2399

1938:
	%1939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_c, i32 0, i32 %1934
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @scalargather_select2_x, i32 0, i32 %1940
	%1942 = load i32, i32 addrspace(3)* %1941
	%1943 = sub i32 %1942, 2
	%1944 = bitcast i32 %1943 to float
	br label %1945

1945:
	%1946 = phi float [ 0.0, %1933 ], [ %1944, %1938 ]
	%1947 = fpext float %1946 to double
	%1948 = fcmp one float %1946, 0.0
	%1949 = call float @llvm.fabs.f32(float %1946)
	%1950 = fcmp olt float %1949, 0x3E20000000000000
	%1951 = and i1 %1948, %1950
	%1952 = fmul double %1930, 4.503599627370496e+15
	%1953 = call double @llvm.trunc.f64(double %1952)
	%1954 = fcmp oeq double %1952, %1953
	%1955 = bitcast double %1947 to i64
	%1956 = trunc i64 %1955 to i32
	%1957 = lshr i64 %1955, 32
	%1958 = trunc i64 %1957 to i32
	%1959 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1956, i32 1, i32 0)
	%1960 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1958, i32 1, i32 0)
	%1961 = zext i32 %1959 to i64
	%1962 = zext i32 %1960 to i64
	%1963 = shl i64 %1962, 32
	%1964 = or i64 %1961, %1963
	%1965 = bitcast i64 %1964 to double
	%1966 = icmp uge i32 %3, 1
	%1967 = fadd double %1947, %1965
	%1968 = select i1 %1966, double %1967, double %1947
	%1969 = bitcast double %1968 to i64
	%1970 = trunc i64 %1969 to i32
	%1971 = lshr i64 %1969, 32
	%1972 = trunc i64 %1971 to i32
	%1973 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1970, i32 2, i32 0)
	%1974 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1972, i32 2, i32 0)
	%1975 = zext i32 %1973 to i64
	%1976 = zext i32 %1974 to i64
	%1977 = shl i64 %1976, 32
	%1978 = or i64 %1975, %1977
	%1979 = bitcast i64 %1978 to double
	%1980 = icmp uge i32 %3, 2
	%1981 = fadd double %1968, %1979
	%1982 = select i1 %1980, double %1981, double %1968
	%1983 = bitcast double %1982 to i64
	%1984 = trunc i64 %1983 to i32
	%1985 = lshr i64 %1983, 32
	%1986 = trunc i64 %1985 to i32
	%1987 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1984, i32 4, i32 0)
	%1988 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1986, i32 4, i32 0)
	%1989 = zext i32 %1987 to i64
	%1990 = zext i32 %1988 to i64
	%1991 = shl i64 %1990, 32
	%1992 = or i64 %1989, %1991
	%1993 = bitcast i64 %1992 to double
	%1994 = icmp uge i32 %3, 4
	%1995 = fadd double %1982, %1993
	%1996 = select i1 %1994, double %1995, double %1982
	%1997 = bitcast double %1996 to i64
	%1998 = trunc i64 %1997 to i32
	%1999 = lshr i64 %1997, 32
	%2000 = trunc i64 %1999 to i32
	%2001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1998, i32 8, i32 0)
	%2002 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2000, i32 8, i32 0)
	%2003 = zext i32 %2001 to i64
	%2004 = zext i32 %2002 to i64
	%2005 = shl i64 %2004, 32
	%2006 = or i64 %2003, %2005
	%2007 = bitcast i64 %2006 to double
	%2008 = icmp uge i32 %3, 8
	%2009 = fadd double %1996, %2007
	%2010 = select i1 %2008, double %2009, double %1996
	%2011 = bitcast double %2010 to i64
	%2012 = trunc i64 %2011 to i32
	%2013 = lshr i64 %2011, 32
	%2014 = trunc i64 %2013 to i32
	%2015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2012, i32 16, i32 0)
	%2016 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2014, i32 16, i32 0)
	%2017 = zext i32 %2015 to i64
	%2018 = zext i32 %2016 to i64
	%2019 = shl i64 %2018, 32
	%2020 = or i64 %2017, %2019
	%2021 = bitcast i64 %2020 to double
	%2022 = icmp uge i32 %3, 16
	%2023 = fadd double %2010, %2021
	%2024 = select i1 %2022, double %2023, double %2010
	%2025 = bitcast double %2024 to i64
	%2026 = trunc i64 %2025 to i32
	%2027 = lshr i64 %2025, 32
	%2028 = trunc i64 %2027 to i32
	%2029 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2026, i32 31, i32 31)
	%2030 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2028, i32 31, i32 31)
	%2031 = zext i32 %2029 to i64
	%2032 = zext i32 %2030 to i64
	%2033 = shl i64 %2032, 32
	%2034 = or i64 %2031, %2033
	%2035 = bitcast i64 %2034 to double
	%2036 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1951)
	%2037 = xor i1 %2036, true
	%2038 = and i1 %1954, %2037
	%2039 = fadd double %1930, %2035
	%2040 = fcmp olt double %2039, 1.5
	%2041 = and i1 %2038, %2040
	%2042 = fcmp oge double %1930, 0x3FECCCCCCCCCCCCD
	%2043 = or i1 %2041, %2042
	br i1 %2043, label %2044, label %2069

2044:
	%2045 = fsub double %2024, %1947
	%2046 = fadd double %1930, %2045
	%2047 = fcmp olt double %2046, 0x3FECCCCCCCCCCCCD
	%2048 = and i1 %1935, %2047
	%2049 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2048)
	%2050 = call i32 @llvm.ctpop.i32(i32 %2049)
	%2051 = sub i32 %2050, 1
	%2052 = icmp sgt i32 %2051, 0
	%2053 = select i1 %2052, i32 %2051, i32 0
	%2054 = bitcast double %2024 to i64
	%2055 = trunc i64 %2054 to i32
	%2056 = lshr i64 %2054, 32
	%2057 = trunc i64 %2056 to i32
	%2058 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2055, i32 %2053, i32 31)
	%2059 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2057, i32 %2053, i32 31)
	%2060 = zext i32 %2058 to i64
	%2061 = zext i32 %2059 to i64
	%2062 = shl i64 %2061, 32
	%2063 = or i64 %2060, %2062
	%2064 = bitcast i64 %2063 to double
	%2065 = icmp sgt i32 %2050, 0
	%2066 = fadd double %1930, %2064
	%2067 = select i1 %2065, double %2066, double %1930
	%2068 = add i32 %1931, %2050
	br label %2390

2069:
	%2070 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 0, i32 31)
	%2071 = fcmp olt double %1930, 0x3FECCCCCCCCCCCCD
	%2072 = add i32 %1929, 0
	%2073 = icmp slt i32 %2072, %961
	%2074 = and i1 %2071, %2073
	%2075 = fpext float %2070 to double
	%2076 = fadd double %1930, %2075
	%2077 = select i1 %2074, double %2076, double %1930
	%2078 = add i32 %1931, 1
	%2079 = select i1 %2074, i32 %2078, i32 %1931
	%2080 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 1, i32 31)
	%2081 = fcmp olt double %2077, 0x3FECCCCCCCCCCCCD
	%2082 = add i32 %1929, 1
	%2083 = icmp slt i32 %2082, %961
	%2084 = and i1 %2081, %2083
	%2085 = fpext float %2080 to double
	%2086 = fadd double %2077, %2085
	%2087 = select i1 %2084, double %2086, double %2077
	%2088 = add i32 %2079, 1
	%2089 = select i1 %2084, i32 %2088, i32 %2079
	%2090 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 2, i32 31)
	%2091 = fcmp olt double %2087, 0x3FECCCCCCCCCCCCD
	%2092 = add i32 %1929, 2
	%2093 = icmp slt i32 %2092, %961
	%2094 = and i1 %2091, %2093
	%2095 = fpext float %2090 to double
	%2096 = fadd double %2087, %2095
	%2097 = select i1 %2094, double %2096, double %2087
	%2098 = add i32 %2089, 1
	%2099 = select i1 %2094, i32 %2098, i32 %2089
	%2100 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 3, i32 31)
	%2101 = fcmp olt double %2097, 0x3FECCCCCCCCCCCCD
	%2102 = add i32 %1929, 3
	%2103 = icmp slt i32 %2102, %961
	%2104 = and i1 %2101, %2103
	%2105 = fpext float %2100 to double
	%2106 = fadd double %2097, %2105
	%2107 = select i1 %2104, double %2106, double %2097
	%2108 = add i32 %2099, 1
	%2109 = select i1 %2104, i32 %2108, i32 %2099
	%2110 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 4, i32 31)
	%2111 = fcmp olt double %2107, 0x3FECCCCCCCCCCCCD
	%2112 = add i32 %1929, 4
	%2113 = icmp slt i32 %2112, %961
	%2114 = and i1 %2111, %2113
	%2115 = fpext float %2110 to double
	%2116 = fadd double %2107, %2115
	%2117 = select i1 %2114, double %2116, double %2107
	%2118 = add i32 %2109, 1
	%2119 = select i1 %2114, i32 %2118, i32 %2109
	%2120 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 5, i32 31)
	%2121 = fcmp olt double %2117, 0x3FECCCCCCCCCCCCD
	%2122 = add i32 %1929, 5
	%2123 = icmp slt i32 %2122, %961
	%2124 = and i1 %2121, %2123
	%2125 = fpext float %2120 to double
	%2126 = fadd double %2117, %2125
	%2127 = select i1 %2124, double %2126, double %2117
	%2128 = add i32 %2119, 1
	%2129 = select i1 %2124, i32 %2128, i32 %2119
	%2130 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 6, i32 31)
	%2131 = fcmp olt double %2127, 0x3FECCCCCCCCCCCCD
	%2132 = add i32 %1929, 6
	%2133 = icmp slt i32 %2132, %961
	%2134 = and i1 %2131, %2133
	%2135 = fpext float %2130 to double
	%2136 = fadd double %2127, %2135
	%2137 = select i1 %2134, double %2136, double %2127
	%2138 = add i32 %2129, 1
	%2139 = select i1 %2134, i32 %2138, i32 %2129
	%2140 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 7, i32 31)
	%2141 = fcmp olt double %2137, 0x3FECCCCCCCCCCCCD
	%2142 = add i32 %1929, 7
	%2143 = icmp slt i32 %2142, %961
	%2144 = and i1 %2141, %2143
	%2145 = fpext float %2140 to double
	%2146 = fadd double %2137, %2145
	%2147 = select i1 %2144, double %2146, double %2137
	%2148 = add i32 %2139, 1
	%2149 = select i1 %2144, i32 %2148, i32 %2139
	%2150 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 8, i32 31)
	%2151 = fcmp olt double %2147, 0x3FECCCCCCCCCCCCD
	%2152 = add i32 %1929, 8
	%2153 = icmp slt i32 %2152, %961
	%2154 = and i1 %2151, %2153
	%2155 = fpext float %2150 to double
	%2156 = fadd double %2147, %2155
	%2157 = select i1 %2154, double %2156, double %2147
	%2158 = add i32 %2149, 1
	%2159 = select i1 %2154, i32 %2158, i32 %2149
	%2160 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 9, i32 31)
	%2161 = fcmp olt double %2157, 0x3FECCCCCCCCCCCCD
	%2162 = add i32 %1929, 9
	%2163 = icmp slt i32 %2162, %961
	%2164 = and i1 %2161, %2163
	%2165 = fpext float %2160 to double
	%2166 = fadd double %2157, %2165
	%2167 = select i1 %2164, double %2166, double %2157
	%2168 = add i32 %2159, 1
	%2169 = select i1 %2164, i32 %2168, i32 %2159
	%2170 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 10, i32 31)
	%2171 = fcmp olt double %2167, 0x3FECCCCCCCCCCCCD
	%2172 = add i32 %1929, 10
	%2173 = icmp slt i32 %2172, %961
	%2174 = and i1 %2171, %2173
	%2175 = fpext float %2170 to double
	%2176 = fadd double %2167, %2175
	%2177 = select i1 %2174, double %2176, double %2167
	%2178 = add i32 %2169, 1
	%2179 = select i1 %2174, i32 %2178, i32 %2169
	%2180 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 11, i32 31)
	%2181 = fcmp olt double %2177, 0x3FECCCCCCCCCCCCD
	%2182 = add i32 %1929, 11
	%2183 = icmp slt i32 %2182, %961
	%2184 = and i1 %2181, %2183
	%2185 = fpext float %2180 to double
	%2186 = fadd double %2177, %2185
	%2187 = select i1 %2184, double %2186, double %2177
	%2188 = add i32 %2179, 1
	%2189 = select i1 %2184, i32 %2188, i32 %2179
	%2190 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 12, i32 31)
	%2191 = fcmp olt double %2187, 0x3FECCCCCCCCCCCCD
	%2192 = add i32 %1929, 12
	%2193 = icmp slt i32 %2192, %961
	%2194 = and i1 %2191, %2193
	%2195 = fpext float %2190 to double
	%2196 = fadd double %2187, %2195
	%2197 = select i1 %2194, double %2196, double %2187
	%2198 = add i32 %2189, 1
	%2199 = select i1 %2194, i32 %2198, i32 %2189
	%2200 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 13, i32 31)
	%2201 = fcmp olt double %2197, 0x3FECCCCCCCCCCCCD
	%2202 = add i32 %1929, 13
	%2203 = icmp slt i32 %2202, %961
	%2204 = and i1 %2201, %2203
	%2205 = fpext float %2200 to double
	%2206 = fadd double %2197, %2205
	%2207 = select i1 %2204, double %2206, double %2197
	%2208 = add i32 %2199, 1
	%2209 = select i1 %2204, i32 %2208, i32 %2199
	%2210 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 14, i32 31)
	%2211 = fcmp olt double %2207, 0x3FECCCCCCCCCCCCD
	%2212 = add i32 %1929, 14
	%2213 = icmp slt i32 %2212, %961
	%2214 = and i1 %2211, %2213
	%2215 = fpext float %2210 to double
	%2216 = fadd double %2207, %2215
	%2217 = select i1 %2214, double %2216, double %2207
	%2218 = add i32 %2209, 1
	%2219 = select i1 %2214, i32 %2218, i32 %2209
	%2220 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 15, i32 31)
	%2221 = fcmp olt double %2217, 0x3FECCCCCCCCCCCCD
	%2222 = add i32 %1929, 15
	%2223 = icmp slt i32 %2222, %961
	%2224 = and i1 %2221, %2223
	%2225 = fpext float %2220 to double
	%2226 = fadd double %2217, %2225
	%2227 = select i1 %2224, double %2226, double %2217
	%2228 = add i32 %2219, 1
	%2229 = select i1 %2224, i32 %2228, i32 %2219
	%2230 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 16, i32 31)
	%2231 = fcmp olt double %2227, 0x3FECCCCCCCCCCCCD
	%2232 = add i32 %1929, 16
	%2233 = icmp slt i32 %2232, %961
	%2234 = and i1 %2231, %2233
	%2235 = fpext float %2230 to double
	%2236 = fadd double %2227, %2235
	%2237 = select i1 %2234, double %2236, double %2227
	%2238 = add i32 %2229, 1
	%2239 = select i1 %2234, i32 %2238, i32 %2229
	%2240 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 17, i32 31)
	%2241 = fcmp olt double %2237, 0x3FECCCCCCCCCCCCD
	%2242 = add i32 %1929, 17
	%2243 = icmp slt i32 %2242, %961
	%2244 = and i1 %2241, %2243
	%2245 = fpext float %2240 to double
	%2246 = fadd double %2237, %2245
	%2247 = select i1 %2244, double %2246, double %2237
	%2248 = add i32 %2239, 1
	%2249 = select i1 %2244, i32 %2248, i32 %2239
	%2250 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 18, i32 31)
	%2251 = fcmp olt double %2247, 0x3FECCCCCCCCCCCCD
	%2252 = add i32 %1929, 18
	%2253 = icmp slt i32 %2252, %961
	%2254 = and i1 %2251, %2253
	%2255 = fpext float %2250 to double
	%2256 = fadd double %2247, %2255
	%2257 = select i1 %2254, double %2256, double %2247
	%2258 = add i32 %2249, 1
	%2259 = select i1 %2254, i32 %2258, i32 %2249
	%2260 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 19, i32 31)
	%2261 = fcmp olt double %2257, 0x3FECCCCCCCCCCCCD
	%2262 = add i32 %1929, 19
	%2263 = icmp slt i32 %2262, %961
	%2264 = and i1 %2261, %2263
	%2265 = fpext float %2260 to double
	%2266 = fadd double %2257, %2265
	%2267 = select i1 %2264, double %2266, double %2257
	%2268 = add i32 %2259, 1
	%2269 = select i1 %2264, i32 %2268, i32 %2259
	%2270 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 20, i32 31)
	%2271 = fcmp olt double %2267, 0x3FECCCCCCCCCCCCD
	%2272 = add i32 %1929, 20
	%2273 = icmp slt i32 %2272, %961
	%2274 = and i1 %2271, %2273
	%2275 = fpext float %2270 to double
	%2276 = fadd double %2267, %2275
	%2277 = select i1 %2274, double %2276, double %2267
	%2278 = add i32 %2269, 1
	%2279 = select i1 %2274, i32 %2278, i32 %2269
	%2280 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 21, i32 31)
	%2281 = fcmp olt double %2277, 0x3FECCCCCCCCCCCCD
	%2282 = add i32 %1929, 21
	%2283 = icmp slt i32 %2282, %961
	%2284 = and i1 %2281, %2283
	%2285 = fpext float %2280 to double
	%2286 = fadd double %2277, %2285
	%2287 = select i1 %2284, double %2286, double %2277
	%2288 = add i32 %2279, 1
	%2289 = select i1 %2284, i32 %2288, i32 %2279
	%2290 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 22, i32 31)
	%2291 = fcmp olt double %2287, 0x3FECCCCCCCCCCCCD
	%2292 = add i32 %1929, 22
	%2293 = icmp slt i32 %2292, %961
	%2294 = and i1 %2291, %2293
	%2295 = fpext float %2290 to double
	%2296 = fadd double %2287, %2295
	%2297 = select i1 %2294, double %2296, double %2287
	%2298 = add i32 %2289, 1
	%2299 = select i1 %2294, i32 %2298, i32 %2289
	%2300 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 23, i32 31)
	%2301 = fcmp olt double %2297, 0x3FECCCCCCCCCCCCD
	%2302 = add i32 %1929, 23
	%2303 = icmp slt i32 %2302, %961
	%2304 = and i1 %2301, %2303
	%2305 = fpext float %2300 to double
	%2306 = fadd double %2297, %2305
	%2307 = select i1 %2304, double %2306, double %2297
	%2308 = add i32 %2299, 1
	%2309 = select i1 %2304, i32 %2308, i32 %2299
	%2310 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 24, i32 31)
	%2311 = fcmp olt double %2307, 0x3FECCCCCCCCCCCCD
	%2312 = add i32 %1929, 24
	%2313 = icmp slt i32 %2312, %961
	%2314 = and i1 %2311, %2313
	%2315 = fpext float %2310 to double
	%2316 = fadd double %2307, %2315
	%2317 = select i1 %2314, double %2316, double %2307
	%2318 = add i32 %2309, 1
	%2319 = select i1 %2314, i32 %2318, i32 %2309
	%2320 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 25, i32 31)
	%2321 = fcmp olt double %2317, 0x3FECCCCCCCCCCCCD
	%2322 = add i32 %1929, 25
	%2323 = icmp slt i32 %2322, %961
	%2324 = and i1 %2321, %2323
	%2325 = fpext float %2320 to double
	%2326 = fadd double %2317, %2325
	%2327 = select i1 %2324, double %2326, double %2317
	%2328 = add i32 %2319, 1
	%2329 = select i1 %2324, i32 %2328, i32 %2319
	%2330 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 26, i32 31)
	%2331 = fcmp olt double %2327, 0x3FECCCCCCCCCCCCD
	%2332 = add i32 %1929, 26
	%2333 = icmp slt i32 %2332, %961
	%2334 = and i1 %2331, %2333
	%2335 = fpext float %2330 to double
	%2336 = fadd double %2327, %2335
	%2337 = select i1 %2334, double %2336, double %2327
	%2338 = add i32 %2329, 1
	%2339 = select i1 %2334, i32 %2338, i32 %2329
	%2340 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 27, i32 31)
	%2341 = fcmp olt double %2337, 0x3FECCCCCCCCCCCCD
	%2342 = add i32 %1929, 27
	%2343 = icmp slt i32 %2342, %961
	%2344 = and i1 %2341, %2343
	%2345 = fpext float %2340 to double
	%2346 = fadd double %2337, %2345
	%2347 = select i1 %2344, double %2346, double %2337
	%2348 = add i32 %2339, 1
	%2349 = select i1 %2344, i32 %2348, i32 %2339
	%2350 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 28, i32 31)
	%2351 = fcmp olt double %2347, 0x3FECCCCCCCCCCCCD
	%2352 = add i32 %1929, 28
	%2353 = icmp slt i32 %2352, %961
	%2354 = and i1 %2351, %2353
	%2355 = fpext float %2350 to double
	%2356 = fadd double %2347, %2355
	%2357 = select i1 %2354, double %2356, double %2347
	%2358 = add i32 %2349, 1
	%2359 = select i1 %2354, i32 %2358, i32 %2349
	%2360 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 29, i32 31)
	%2361 = fcmp olt double %2357, 0x3FECCCCCCCCCCCCD
	%2362 = add i32 %1929, 29
	%2363 = icmp slt i32 %2362, %961
	%2364 = and i1 %2361, %2363
	%2365 = fpext float %2360 to double
	%2366 = fadd double %2357, %2365
	%2367 = select i1 %2364, double %2366, double %2357
	%2368 = add i32 %2359, 1
	%2369 = select i1 %2364, i32 %2368, i32 %2359
	%2370 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 30, i32 31)
	%2371 = fcmp olt double %2367, 0x3FECCCCCCCCCCCCD
	%2372 = add i32 %1929, 30
	%2373 = icmp slt i32 %2372, %961
	%2374 = and i1 %2371, %2373
	%2375 = fpext float %2370 to double
	%2376 = fadd double %2367, %2375
	%2377 = select i1 %2374, double %2376, double %2367
	%2378 = add i32 %2369, 1
	%2379 = select i1 %2374, i32 %2378, i32 %2369
	%2380 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 31, i32 31)
	%2381 = fcmp olt double %2377, 0x3FECCCCCCCCCCCCD
	%2382 = add i32 %1929, 31
	%2383 = icmp slt i32 %2382, %961
	%2384 = and i1 %2381, %2383
	%2385 = fpext float %2380 to double
	%2386 = fadd double %2377, %2385
	%2387 = select i1 %2384, double %2386, double %2377
	%2388 = add i32 %2379, 1
	%2389 = select i1 %2384, i32 %2388, i32 %2379
	br label %2390

2390:
	%2391 = phi double [ %2067, %2044 ], [ %2387, %2069 ]
	%2392 = phi i32 [ %2068, %2044 ], [ %2389, %2069 ]
	%2393 = add i32 %1929, 32
	br label %1928

2394:
	%2395 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 1
	store i32 %1931, i32 addrspace(3)* %2395
	%2396 = fcmp oge double %1930, 0x3FECCCCCCCCCCCCD
	%2397 = zext i1 %2396 to i32
	%2398 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @scalargather_select2_cnt, i32 0, i32 2
	store i32 %2397, i32 addrspace(3)* %2398
	br label %2399

2399:
	br label %1915

2400:
	%2401 = phi i32 [ %967, %mass_done ], [ %2411, %2403 ]
	%2402 = icmp slt i32 %2401, %NK
	br i1 %2402, label %2403, label %2412

2403:
	%2404 = add i32 %13, %2401
	%2405 = sext i32 %2404 to i64
	%2406 = getelementptr i32, i32* %list, i64 %2405
	store i32 -1, i32* %2406
	%2407 = add i32 %13, %NK
	%2408 = add i32 %2407, %2401
	%2409 = sext i32 %2408 to i64
	%2410 = getelementptr i32, i32* %list, i64 %2409
	store i32 -1, i32* %2410
	%2411 = add i32 %2401, 256
	br label %2400

2412:
	ret void
}

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

declare double @llvm.ceil.f64(double %p0)

declare double @llvm.maxnum.f64(double %p0, double %p1)

declare double @llvm.minnum.f64(double %p0, double %p1)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare float @llvm.fabs.f32(float %p0)

declare double @llvm.trunc.f64(double %p0)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @scalargather_pool_q1(float* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr float, float* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %23, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %22, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %24

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr float, float* %12, i64 %19
	%21 = load float, float* %20
	%22 = fadd float %15, %21
	%23 = add i32 %14, 1
	br label %13

24:
	%25 = sub i32 %7, %3
	%26 = sitofp i32 %25 to float
	%27 = fdiv float %15, %26
	%28 = mul i32 %2, %NT
	%29 = add i32 %28, %1
	%30 = mul i32 %29, 64
	%31 = add i32 %30, %0
	%32 = sext i32 %31 to i64
	%33 = getelementptr float, float* %out, i64 %32
	store float %27, float* %33
	ret void
}

define ptx_kernel void @scalargather_pool_k1(float* %x, float* %out, i32 %L, i32 %NT, i32* %perm, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = select i1 %5, i32 %4, i32 %L
	%7 = sdiv i32 %2, %group
	%8 = mul i32 %7, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr float, float* %x, i64 %11
	%13 = mul i32 %2, %L
	br label %14

14:
	%15 = phi i32 [ %3, %entry ], [ %28, %18 ]
	%16 = phi float [ 0.0, %entry ], [ %27, %18 ]
	%17 = icmp slt i32 %15, %6
	br i1 %17, label %18, label %29

18:
	%19 = add i32 %13, %15
	%20 = sext i32 %19 to i64
	%21 = getelementptr i32, i32* %perm, i64 %20
	%22 = load i32, i32* %21
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr float, float* %12, i64 %24
	%26 = load float, float* %25
	%27 = fadd float %16, %26
	%28 = add i32 %15, 1
	br label %14

29:
	%30 = sub i32 %6, %3
	%31 = sitofp i32 %30 to float
	%32 = fdiv float %16, %31
	%33 = mul i32 %2, %NT
	%34 = add i32 %33, %1
	%35 = mul i32 %34, 64
	%36 = add i32 %35, %0
	%37 = sext i32 %36 to i64
	%38 = getelementptr float, float* %out, i64 %37
	store float %32, float* %38
	ret void
}

define ptx_kernel void @scalargather_scores1(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @scalargather_scores1_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

define ptx_kernel void @scalargather_attn3(float* %q, float* %k, float* %v, float* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32* %perm, i32 %NS, i32 %segment) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%1 = mul i32 %0, 128
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = add i32 %1, %2
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%5 = icmp slt i32 %3, %M
	br i1 %5, label %body, label %exit

body:
	%6 = sdiv i32 %4, %group
	%7 = mul i32 %4, %M
	%8 = add i32 %7, %3
	%9 = mul i32 %8, 64
	%10 = getelementptr float, float* %q, i32 %9
	%11 = mul i32 %4, %M
	%12 = add i32 %11, %3
	%13 = mul i32 %12, 64
	%14 = getelementptr float, float* %out, i32 %13
	%15 = mul i32 %6, %N
	%16 = mul i32 %15, 64
	%17 = getelementptr float, float* %k, i32 %16
	%18 = mul i32 %6, %N
	%19 = mul i32 %18, 64
	%20 = getelementptr float, float* %v, i32 %19
	%21 = getelementptr float, float* %10, i32 0
	%22 = load float, float* %21
	%23 = getelementptr float, float* %10, i32 1
	%24 = load float, float* %23
	%25 = getelementptr float, float* %10, i32 2
	%26 = load float, float* %25
	%27 = getelementptr float, float* %10, i32 3
	%28 = load float, float* %27
	%29 = getelementptr float, float* %10, i32 4
	%30 = load float, float* %29
	%31 = getelementptr float, float* %10, i32 5
	%32 = load float, float* %31
	%33 = getelementptr float, float* %10, i32 6
	%34 = load float, float* %33
	%35 = getelementptr float, float* %10, i32 7
	%36 = load float, float* %35
	%37 = getelementptr float, float* %10, i32 8
	%38 = load float, float* %37
	%39 = getelementptr float, float* %10, i32 9
	%40 = load float, float* %39
	%41 = getelementptr float, float* %10, i32 10
	%42 = load float, float* %41
	%43 = getelementptr float, float* %10, i32 11
	%44 = load float, float* %43
	%45 = getelementptr float, float* %10, i32 12
	%46 = load float, float* %45
	%47 = getelementptr float, float* %10, i32 13
	%48 = load float, float* %47
	%49 = getelementptr float, float* %10, i32 14
	%50 = load float, float* %49
	%51 = getelementptr float, float* %10, i32 15
	%52 = load float, float* %51
	%53 = getelementptr float, float* %10, i32 16
	%54 = load float, float* %53
	%55 = getelementptr float, float* %10, i32 17
	%56 = load float, float* %55
	%57 = getelementptr float, float* %10, i32 18
	%58 = load float, float* %57
	%59 = getelementptr float, float* %10, i32 19
	%60 = load float, float* %59
	%61 = getelementptr float, float* %10, i32 20
	%62 = load float, float* %61
	%63 = getelementptr float, float* %10, i32 21
	%64 = load float, float* %63
	%65 = getelementptr float, float* %10, i32 22
	%66 = load float, float* %65
	%67 = getelementptr float, float* %10, i32 23
	%68 = load float, float* %67
	%69 = getelementptr float, float* %10, i32 24
	%70 = load float, float* %69
	%71 = getelementptr float, float* %10, i32 25
	%72 = load float, float* %71
	%73 = getelementptr float, float* %10, i32 26
	%74 = load float, float* %73
	%75 = getelementptr float, float* %10, i32 27
	%76 = load float, float* %75
	%77 = getelementptr float, float* %10, i32 28
	%78 = load float, float* %77
	%79 = getelementptr float, float* %10, i32 29
	%80 = load float, float* %79
	%81 = getelementptr float, float* %10, i32 30
	%82 = load float, float* %81
	%83 = getelementptr float, float* %10, i32 31
	%84 = load float, float* %83
	%85 = getelementptr float, float* %10, i32 32
	%86 = load float, float* %85
	%87 = getelementptr float, float* %10, i32 33
	%88 = load float, float* %87
	%89 = getelementptr float, float* %10, i32 34
	%90 = load float, float* %89
	%91 = getelementptr float, float* %10, i32 35
	%92 = load float, float* %91
	%93 = getelementptr float, float* %10, i32 36
	%94 = load float, float* %93
	%95 = getelementptr float, float* %10, i32 37
	%96 = load float, float* %95
	%97 = getelementptr float, float* %10, i32 38
	%98 = load float, float* %97
	%99 = getelementptr float, float* %10, i32 39
	%100 = load float, float* %99
	%101 = getelementptr float, float* %10, i32 40
	%102 = load float, float* %101
	%103 = getelementptr float, float* %10, i32 41
	%104 = load float, float* %103
	%105 = getelementptr float, float* %10, i32 42
	%106 = load float, float* %105
	%107 = getelementptr float, float* %10, i32 43
	%108 = load float, float* %107
	%109 = getelementptr float, float* %10, i32 44
	%110 = load float, float* %109
	%111 = getelementptr float, float* %10, i32 45
	%112 = load float, float* %111
	%113 = getelementptr float, float* %10, i32 46
	%114 = load float, float* %113
	%115 = getelementptr float, float* %10, i32 47
	%116 = load float, float* %115
	%117 = getelementptr float, float* %10, i32 48
	%118 = load float, float* %117
	%119 = getelementptr float, float* %10, i32 49
	%120 = load float, float* %119
	%121 = getelementptr float, float* %10, i32 50
	%122 = load float, float* %121
	%123 = getelementptr float, float* %10, i32 51
	%124 = load float, float* %123
	%125 = getelementptr float, float* %10, i32 52
	%126 = load float, float* %125
	%127 = getelementptr float, float* %10, i32 53
	%128 = load float, float* %127
	%129 = getelementptr float, float* %10, i32 54
	%130 = load float, float* %129
	%131 = getelementptr float, float* %10, i32 55
	%132 = load float, float* %131
	%133 = getelementptr float, float* %10, i32 56
	%134 = load float, float* %133
	%135 = getelementptr float, float* %10, i32 57
	%136 = load float, float* %135
	%137 = getelementptr float, float* %10, i32 58
	%138 = load float, float* %137
	%139 = getelementptr float, float* %10, i32 59
	%140 = load float, float* %139
	%141 = getelementptr float, float* %10, i32 60
	%142 = load float, float* %141
	%143 = getelementptr float, float* %10, i32 61
	%144 = load float, float* %143
	%145 = getelementptr float, float* %10, i32 62
	%146 = load float, float* %145
	%147 = getelementptr float, float* %10, i32 63
	%148 = load float, float* %147
	%149 = alloca [64 x float]
	%150 = alloca float
	%151 = alloca float
	%152 = alloca i32
	%153 = alloca i32
	%154 = alloca i32
	%155 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	store float 0.0, float* %155
	%156 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	store float 0.0, float* %156
	%157 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	store float 0.0, float* %157
	%158 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	store float 0.0, float* %158
	%159 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	store float 0.0, float* %159
	%160 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	store float 0.0, float* %160
	%161 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	store float 0.0, float* %161
	%162 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	store float 0.0, float* %162
	%163 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	store float 0.0, float* %163
	%164 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	store float 0.0, float* %164
	%165 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	store float 0.0, float* %165
	%166 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	store float 0.0, float* %166
	%167 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	store float 0.0, float* %167
	%168 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	store float 0.0, float* %168
	%169 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	store float 0.0, float* %169
	%170 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	store float 0.0, float* %170
	%171 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	store float 0.0, float* %171
	%172 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	store float 0.0, float* %172
	%173 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	store float 0.0, float* %173
	%174 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	store float 0.0, float* %174
	%175 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	store float 0.0, float* %175
	%176 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	store float 0.0, float* %176
	%177 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	store float 0.0, float* %177
	%178 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	store float 0.0, float* %178
	%179 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	store float 0.0, float* %179
	%180 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	store float 0.0, float* %180
	%181 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	store float 0.0, float* %181
	%182 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	store float 0.0, float* %182
	%183 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	store float 0.0, float* %183
	%184 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	store float 0.0, float* %184
	%185 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	store float 0.0, float* %185
	%186 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	store float 0.0, float* %186
	%187 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	store float 0.0, float* %187
	%188 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	store float 0.0, float* %188
	%189 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	store float 0.0, float* %189
	%190 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	store float 0.0, float* %190
	%191 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	store float 0.0, float* %191
	%192 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	store float 0.0, float* %192
	%193 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	store float 0.0, float* %193
	%194 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	store float 0.0, float* %194
	%195 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	store float 0.0, float* %195
	%196 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	store float 0.0, float* %196
	%197 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	store float 0.0, float* %197
	%198 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	store float 0.0, float* %198
	%199 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	store float 0.0, float* %199
	%200 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	store float 0.0, float* %200
	%201 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	store float 0.0, float* %201
	%202 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	store float 0.0, float* %202
	%203 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	store float 0.0, float* %203
	%204 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	store float 0.0, float* %204
	%205 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	store float 0.0, float* %205
	%206 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	store float 0.0, float* %206
	%207 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	store float 0.0, float* %207
	%208 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	store float 0.0, float* %208
	%209 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	store float 0.0, float* %209
	%210 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	store float 0.0, float* %210
	%211 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	store float 0.0, float* %211
	%212 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	store float 0.0, float* %212
	%213 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	store float 0.0, float* %213
	%214 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	store float 0.0, float* %214
	%215 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	store float 0.0, float* %215
	%216 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	store float 0.0, float* %216
	%217 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	store float 0.0, float* %217
	%218 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	store float 0.0, float* %218
	store float 0xFFF0000000000000, float* %150
	store float 0.0, float* %151
	%219 = sitofp i32 %3 to float
	%220 = sitofp i32 %4 to float
	%221 = sdiv i32 %3, 64
	%222 = mul i32 %4, %NQ
	%223 = add i32 %222, %221
	%224 = mul i32 %223, 2
	%225 = mul i32 %224, %NK
	store i32 0, i32* %154
	br label %list_head

exit:
	ret void

loop:
	%226 = load i32, i32* %152
	%227 = load i32, i32* %153
	%228 = icmp slt i32 %226, %227
	br i1 %228, label %work, label %list_next

work:
	%229 = mul i32 %221, 64
	%230 = sdiv i32 %229, %segment
	%231 = mul i32 %4, %NS
	%232 = add i32 %231, %230
	%233 = mul i32 %232, %N
	%234 = add i32 %233, %226
	%235 = getelementptr i32, i32* %perm, i32 %234
	%236 = load i32, i32* %235
	%237 = sitofp i32 %236 to float
	%238 = fcmp ole float %237, %219
	%239 = uitofp i1 %238 to float
	%240 = fcmp une float %239, 0.0
	br i1 %240, label %compute, label %next

next:
	%241 = load i32, i32* %152
	%242 = add i32 %241, 1
	store i32 %242, i32* %152
	br label %loop

done:
	%243 = load float, float* %151
	%244 = fcmp ogt float %243, 0.0
	%245 = fdiv float 1.0, %243
	%246 = select i1 %244, float %245, float 0.0
	%247 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%248 = load float, float* %247
	%249 = fmul float %248, %246
	%250 = getelementptr float, float* %14, i32 0
	store float %249, float* %250
	%251 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%252 = load float, float* %251
	%253 = fmul float %252, %246
	%254 = getelementptr float, float* %14, i32 1
	store float %253, float* %254
	%255 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%256 = load float, float* %255
	%257 = fmul float %256, %246
	%258 = getelementptr float, float* %14, i32 2
	store float %257, float* %258
	%259 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%260 = load float, float* %259
	%261 = fmul float %260, %246
	%262 = getelementptr float, float* %14, i32 3
	store float %261, float* %262
	%263 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%264 = load float, float* %263
	%265 = fmul float %264, %246
	%266 = getelementptr float, float* %14, i32 4
	store float %265, float* %266
	%267 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%268 = load float, float* %267
	%269 = fmul float %268, %246
	%270 = getelementptr float, float* %14, i32 5
	store float %269, float* %270
	%271 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%272 = load float, float* %271
	%273 = fmul float %272, %246
	%274 = getelementptr float, float* %14, i32 6
	store float %273, float* %274
	%275 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%276 = load float, float* %275
	%277 = fmul float %276, %246
	%278 = getelementptr float, float* %14, i32 7
	store float %277, float* %278
	%279 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%280 = load float, float* %279
	%281 = fmul float %280, %246
	%282 = getelementptr float, float* %14, i32 8
	store float %281, float* %282
	%283 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%284 = load float, float* %283
	%285 = fmul float %284, %246
	%286 = getelementptr float, float* %14, i32 9
	store float %285, float* %286
	%287 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%288 = load float, float* %287
	%289 = fmul float %288, %246
	%290 = getelementptr float, float* %14, i32 10
	store float %289, float* %290
	%291 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%292 = load float, float* %291
	%293 = fmul float %292, %246
	%294 = getelementptr float, float* %14, i32 11
	store float %293, float* %294
	%295 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%296 = load float, float* %295
	%297 = fmul float %296, %246
	%298 = getelementptr float, float* %14, i32 12
	store float %297, float* %298
	%299 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%300 = load float, float* %299
	%301 = fmul float %300, %246
	%302 = getelementptr float, float* %14, i32 13
	store float %301, float* %302
	%303 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%304 = load float, float* %303
	%305 = fmul float %304, %246
	%306 = getelementptr float, float* %14, i32 14
	store float %305, float* %306
	%307 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%308 = load float, float* %307
	%309 = fmul float %308, %246
	%310 = getelementptr float, float* %14, i32 15
	store float %309, float* %310
	%311 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%312 = load float, float* %311
	%313 = fmul float %312, %246
	%314 = getelementptr float, float* %14, i32 16
	store float %313, float* %314
	%315 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%316 = load float, float* %315
	%317 = fmul float %316, %246
	%318 = getelementptr float, float* %14, i32 17
	store float %317, float* %318
	%319 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%320 = load float, float* %319
	%321 = fmul float %320, %246
	%322 = getelementptr float, float* %14, i32 18
	store float %321, float* %322
	%323 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%324 = load float, float* %323
	%325 = fmul float %324, %246
	%326 = getelementptr float, float* %14, i32 19
	store float %325, float* %326
	%327 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%328 = load float, float* %327
	%329 = fmul float %328, %246
	%330 = getelementptr float, float* %14, i32 20
	store float %329, float* %330
	%331 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%332 = load float, float* %331
	%333 = fmul float %332, %246
	%334 = getelementptr float, float* %14, i32 21
	store float %333, float* %334
	%335 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%336 = load float, float* %335
	%337 = fmul float %336, %246
	%338 = getelementptr float, float* %14, i32 22
	store float %337, float* %338
	%339 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%340 = load float, float* %339
	%341 = fmul float %340, %246
	%342 = getelementptr float, float* %14, i32 23
	store float %341, float* %342
	%343 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%344 = load float, float* %343
	%345 = fmul float %344, %246
	%346 = getelementptr float, float* %14, i32 24
	store float %345, float* %346
	%347 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%348 = load float, float* %347
	%349 = fmul float %348, %246
	%350 = getelementptr float, float* %14, i32 25
	store float %349, float* %350
	%351 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%352 = load float, float* %351
	%353 = fmul float %352, %246
	%354 = getelementptr float, float* %14, i32 26
	store float %353, float* %354
	%355 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%356 = load float, float* %355
	%357 = fmul float %356, %246
	%358 = getelementptr float, float* %14, i32 27
	store float %357, float* %358
	%359 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%360 = load float, float* %359
	%361 = fmul float %360, %246
	%362 = getelementptr float, float* %14, i32 28
	store float %361, float* %362
	%363 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%364 = load float, float* %363
	%365 = fmul float %364, %246
	%366 = getelementptr float, float* %14, i32 29
	store float %365, float* %366
	%367 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%368 = load float, float* %367
	%369 = fmul float %368, %246
	%370 = getelementptr float, float* %14, i32 30
	store float %369, float* %370
	%371 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%372 = load float, float* %371
	%373 = fmul float %372, %246
	%374 = getelementptr float, float* %14, i32 31
	store float %373, float* %374
	%375 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%376 = load float, float* %375
	%377 = fmul float %376, %246
	%378 = getelementptr float, float* %14, i32 32
	store float %377, float* %378
	%379 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%380 = load float, float* %379
	%381 = fmul float %380, %246
	%382 = getelementptr float, float* %14, i32 33
	store float %381, float* %382
	%383 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%384 = load float, float* %383
	%385 = fmul float %384, %246
	%386 = getelementptr float, float* %14, i32 34
	store float %385, float* %386
	%387 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%388 = load float, float* %387
	%389 = fmul float %388, %246
	%390 = getelementptr float, float* %14, i32 35
	store float %389, float* %390
	%391 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%392 = load float, float* %391
	%393 = fmul float %392, %246
	%394 = getelementptr float, float* %14, i32 36
	store float %393, float* %394
	%395 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%396 = load float, float* %395
	%397 = fmul float %396, %246
	%398 = getelementptr float, float* %14, i32 37
	store float %397, float* %398
	%399 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%400 = load float, float* %399
	%401 = fmul float %400, %246
	%402 = getelementptr float, float* %14, i32 38
	store float %401, float* %402
	%403 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%404 = load float, float* %403
	%405 = fmul float %404, %246
	%406 = getelementptr float, float* %14, i32 39
	store float %405, float* %406
	%407 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%408 = load float, float* %407
	%409 = fmul float %408, %246
	%410 = getelementptr float, float* %14, i32 40
	store float %409, float* %410
	%411 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%412 = load float, float* %411
	%413 = fmul float %412, %246
	%414 = getelementptr float, float* %14, i32 41
	store float %413, float* %414
	%415 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%416 = load float, float* %415
	%417 = fmul float %416, %246
	%418 = getelementptr float, float* %14, i32 42
	store float %417, float* %418
	%419 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%420 = load float, float* %419
	%421 = fmul float %420, %246
	%422 = getelementptr float, float* %14, i32 43
	store float %421, float* %422
	%423 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%424 = load float, float* %423
	%425 = fmul float %424, %246
	%426 = getelementptr float, float* %14, i32 44
	store float %425, float* %426
	%427 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%428 = load float, float* %427
	%429 = fmul float %428, %246
	%430 = getelementptr float, float* %14, i32 45
	store float %429, float* %430
	%431 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%432 = load float, float* %431
	%433 = fmul float %432, %246
	%434 = getelementptr float, float* %14, i32 46
	store float %433, float* %434
	%435 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%436 = load float, float* %435
	%437 = fmul float %436, %246
	%438 = getelementptr float, float* %14, i32 47
	store float %437, float* %438
	%439 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%440 = load float, float* %439
	%441 = fmul float %440, %246
	%442 = getelementptr float, float* %14, i32 48
	store float %441, float* %442
	%443 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%444 = load float, float* %443
	%445 = fmul float %444, %246
	%446 = getelementptr float, float* %14, i32 49
	store float %445, float* %446
	%447 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%448 = load float, float* %447
	%449 = fmul float %448, %246
	%450 = getelementptr float, float* %14, i32 50
	store float %449, float* %450
	%451 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%452 = load float, float* %451
	%453 = fmul float %452, %246
	%454 = getelementptr float, float* %14, i32 51
	store float %453, float* %454
	%455 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%456 = load float, float* %455
	%457 = fmul float %456, %246
	%458 = getelementptr float, float* %14, i32 52
	store float %457, float* %458
	%459 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%460 = load float, float* %459
	%461 = fmul float %460, %246
	%462 = getelementptr float, float* %14, i32 53
	store float %461, float* %462
	%463 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%464 = load float, float* %463
	%465 = fmul float %464, %246
	%466 = getelementptr float, float* %14, i32 54
	store float %465, float* %466
	%467 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%468 = load float, float* %467
	%469 = fmul float %468, %246
	%470 = getelementptr float, float* %14, i32 55
	store float %469, float* %470
	%471 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%472 = load float, float* %471
	%473 = fmul float %472, %246
	%474 = getelementptr float, float* %14, i32 56
	store float %473, float* %474
	%475 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%476 = load float, float* %475
	%477 = fmul float %476, %246
	%478 = getelementptr float, float* %14, i32 57
	store float %477, float* %478
	%479 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%480 = load float, float* %479
	%481 = fmul float %480, %246
	%482 = getelementptr float, float* %14, i32 58
	store float %481, float* %482
	%483 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%484 = load float, float* %483
	%485 = fmul float %484, %246
	%486 = getelementptr float, float* %14, i32 59
	store float %485, float* %486
	%487 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%488 = load float, float* %487
	%489 = fmul float %488, %246
	%490 = getelementptr float, float* %14, i32 60
	store float %489, float* %490
	%491 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%492 = load float, float* %491
	%493 = fmul float %492, %246
	%494 = getelementptr float, float* %14, i32 61
	store float %493, float* %494
	%495 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%496 = load float, float* %495
	%497 = fmul float %496, %246
	%498 = getelementptr float, float* %14, i32 62
	store float %497, float* %498
	%499 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%500 = load float, float* %499
	%501 = fmul float %500, %246
	%502 = getelementptr float, float* %14, i32 63
	store float %501, float* %502
	ret void

list_head:
	%503 = load i32, i32* %154
	%504 = icmp slt i32 %503, %NK
	br i1 %504, label %list_entry, label %done

list_entry:
	%505 = add i32 %225, %503
	%506 = getelementptr i32, i32* %list, i32 %505
	%507 = load i32, i32* %506
	%508 = icmp sge i32 %507, 0
	br i1 %508, label %list_tile, label %done

list_tile:
	%509 = mul i32 %507, 64
	%510 = add i32 %509, 64
	%511 = icmp slt i32 %510, %N
	%512 = select i1 %511, i32 %510, i32 %N
	store i32 %509, i32* %152
	store i32 %512, i32* %153
	br label %loop

list_next:
	%513 = load i32, i32* %154
	%514 = add i32 %513, 1
	store i32 %514, i32* %154
	br label %list_head

compute:
	%515 = mul i32 %236, 64
	%516 = getelementptr float, float* %17, i32 %515
	%517 = getelementptr float, float* %516, i32 0
	%518 = load float, float* %517
	%519 = fmul float %22, %518
	%520 = fadd float 0.0, %519
	%521 = getelementptr float, float* %516, i32 1
	%522 = load float, float* %521
	%523 = fmul float %24, %522
	%524 = fadd float %520, %523
	%525 = getelementptr float, float* %516, i32 2
	%526 = load float, float* %525
	%527 = fmul float %26, %526
	%528 = fadd float %524, %527
	%529 = getelementptr float, float* %516, i32 3
	%530 = load float, float* %529
	%531 = fmul float %28, %530
	%532 = fadd float %528, %531
	%533 = getelementptr float, float* %516, i32 4
	%534 = load float, float* %533
	%535 = fmul float %30, %534
	%536 = fadd float %532, %535
	%537 = getelementptr float, float* %516, i32 5
	%538 = load float, float* %537
	%539 = fmul float %32, %538
	%540 = fadd float %536, %539
	%541 = getelementptr float, float* %516, i32 6
	%542 = load float, float* %541
	%543 = fmul float %34, %542
	%544 = fadd float %540, %543
	%545 = getelementptr float, float* %516, i32 7
	%546 = load float, float* %545
	%547 = fmul float %36, %546
	%548 = fadd float %544, %547
	%549 = getelementptr float, float* %516, i32 8
	%550 = load float, float* %549
	%551 = fmul float %38, %550
	%552 = fadd float %548, %551
	%553 = getelementptr float, float* %516, i32 9
	%554 = load float, float* %553
	%555 = fmul float %40, %554
	%556 = fadd float %552, %555
	%557 = getelementptr float, float* %516, i32 10
	%558 = load float, float* %557
	%559 = fmul float %42, %558
	%560 = fadd float %556, %559
	%561 = getelementptr float, float* %516, i32 11
	%562 = load float, float* %561
	%563 = fmul float %44, %562
	%564 = fadd float %560, %563
	%565 = getelementptr float, float* %516, i32 12
	%566 = load float, float* %565
	%567 = fmul float %46, %566
	%568 = fadd float %564, %567
	%569 = getelementptr float, float* %516, i32 13
	%570 = load float, float* %569
	%571 = fmul float %48, %570
	%572 = fadd float %568, %571
	%573 = getelementptr float, float* %516, i32 14
	%574 = load float, float* %573
	%575 = fmul float %50, %574
	%576 = fadd float %572, %575
	%577 = getelementptr float, float* %516, i32 15
	%578 = load float, float* %577
	%579 = fmul float %52, %578
	%580 = fadd float %576, %579
	%581 = getelementptr float, float* %516, i32 16
	%582 = load float, float* %581
	%583 = fmul float %54, %582
	%584 = fadd float %580, %583
	%585 = getelementptr float, float* %516, i32 17
	%586 = load float, float* %585
	%587 = fmul float %56, %586
	%588 = fadd float %584, %587
	%589 = getelementptr float, float* %516, i32 18
	%590 = load float, float* %589
	%591 = fmul float %58, %590
	%592 = fadd float %588, %591
	%593 = getelementptr float, float* %516, i32 19
	%594 = load float, float* %593
	%595 = fmul float %60, %594
	%596 = fadd float %592, %595
	%597 = getelementptr float, float* %516, i32 20
	%598 = load float, float* %597
	%599 = fmul float %62, %598
	%600 = fadd float %596, %599
	%601 = getelementptr float, float* %516, i32 21
	%602 = load float, float* %601
	%603 = fmul float %64, %602
	%604 = fadd float %600, %603
	%605 = getelementptr float, float* %516, i32 22
	%606 = load float, float* %605
	%607 = fmul float %66, %606
	%608 = fadd float %604, %607
	%609 = getelementptr float, float* %516, i32 23
	%610 = load float, float* %609
	%611 = fmul float %68, %610
	%612 = fadd float %608, %611
	%613 = getelementptr float, float* %516, i32 24
	%614 = load float, float* %613
	%615 = fmul float %70, %614
	%616 = fadd float %612, %615
	%617 = getelementptr float, float* %516, i32 25
	%618 = load float, float* %617
	%619 = fmul float %72, %618
	%620 = fadd float %616, %619
	%621 = getelementptr float, float* %516, i32 26
	%622 = load float, float* %621
	%623 = fmul float %74, %622
	%624 = fadd float %620, %623
	%625 = getelementptr float, float* %516, i32 27
	%626 = load float, float* %625
	%627 = fmul float %76, %626
	%628 = fadd float %624, %627
	%629 = getelementptr float, float* %516, i32 28
	%630 = load float, float* %629
	%631 = fmul float %78, %630
	%632 = fadd float %628, %631
	%633 = getelementptr float, float* %516, i32 29
	%634 = load float, float* %633
	%635 = fmul float %80, %634
	%636 = fadd float %632, %635
	%637 = getelementptr float, float* %516, i32 30
	%638 = load float, float* %637
	%639 = fmul float %82, %638
	%640 = fadd float %636, %639
	%641 = getelementptr float, float* %516, i32 31
	%642 = load float, float* %641
	%643 = fmul float %84, %642
	%644 = fadd float %640, %643
	%645 = getelementptr float, float* %516, i32 32
	%646 = load float, float* %645
	%647 = fmul float %86, %646
	%648 = fadd float %644, %647
	%649 = getelementptr float, float* %516, i32 33
	%650 = load float, float* %649
	%651 = fmul float %88, %650
	%652 = fadd float %648, %651
	%653 = getelementptr float, float* %516, i32 34
	%654 = load float, float* %653
	%655 = fmul float %90, %654
	%656 = fadd float %652, %655
	%657 = getelementptr float, float* %516, i32 35
	%658 = load float, float* %657
	%659 = fmul float %92, %658
	%660 = fadd float %656, %659
	%661 = getelementptr float, float* %516, i32 36
	%662 = load float, float* %661
	%663 = fmul float %94, %662
	%664 = fadd float %660, %663
	%665 = getelementptr float, float* %516, i32 37
	%666 = load float, float* %665
	%667 = fmul float %96, %666
	%668 = fadd float %664, %667
	%669 = getelementptr float, float* %516, i32 38
	%670 = load float, float* %669
	%671 = fmul float %98, %670
	%672 = fadd float %668, %671
	%673 = getelementptr float, float* %516, i32 39
	%674 = load float, float* %673
	%675 = fmul float %100, %674
	%676 = fadd float %672, %675
	%677 = getelementptr float, float* %516, i32 40
	%678 = load float, float* %677
	%679 = fmul float %102, %678
	%680 = fadd float %676, %679
	%681 = getelementptr float, float* %516, i32 41
	%682 = load float, float* %681
	%683 = fmul float %104, %682
	%684 = fadd float %680, %683
	%685 = getelementptr float, float* %516, i32 42
	%686 = load float, float* %685
	%687 = fmul float %106, %686
	%688 = fadd float %684, %687
	%689 = getelementptr float, float* %516, i32 43
	%690 = load float, float* %689
	%691 = fmul float %108, %690
	%692 = fadd float %688, %691
	%693 = getelementptr float, float* %516, i32 44
	%694 = load float, float* %693
	%695 = fmul float %110, %694
	%696 = fadd float %692, %695
	%697 = getelementptr float, float* %516, i32 45
	%698 = load float, float* %697
	%699 = fmul float %112, %698
	%700 = fadd float %696, %699
	%701 = getelementptr float, float* %516, i32 46
	%702 = load float, float* %701
	%703 = fmul float %114, %702
	%704 = fadd float %700, %703
	%705 = getelementptr float, float* %516, i32 47
	%706 = load float, float* %705
	%707 = fmul float %116, %706
	%708 = fadd float %704, %707
	%709 = getelementptr float, float* %516, i32 48
	%710 = load float, float* %709
	%711 = fmul float %118, %710
	%712 = fadd float %708, %711
	%713 = getelementptr float, float* %516, i32 49
	%714 = load float, float* %713
	%715 = fmul float %120, %714
	%716 = fadd float %712, %715
	%717 = getelementptr float, float* %516, i32 50
	%718 = load float, float* %717
	%719 = fmul float %122, %718
	%720 = fadd float %716, %719
	%721 = getelementptr float, float* %516, i32 51
	%722 = load float, float* %721
	%723 = fmul float %124, %722
	%724 = fadd float %720, %723
	%725 = getelementptr float, float* %516, i32 52
	%726 = load float, float* %725
	%727 = fmul float %126, %726
	%728 = fadd float %724, %727
	%729 = getelementptr float, float* %516, i32 53
	%730 = load float, float* %729
	%731 = fmul float %128, %730
	%732 = fadd float %728, %731
	%733 = getelementptr float, float* %516, i32 54
	%734 = load float, float* %733
	%735 = fmul float %130, %734
	%736 = fadd float %732, %735
	%737 = getelementptr float, float* %516, i32 55
	%738 = load float, float* %737
	%739 = fmul float %132, %738
	%740 = fadd float %736, %739
	%741 = getelementptr float, float* %516, i32 56
	%742 = load float, float* %741
	%743 = fmul float %134, %742
	%744 = fadd float %740, %743
	%745 = getelementptr float, float* %516, i32 57
	%746 = load float, float* %745
	%747 = fmul float %136, %746
	%748 = fadd float %744, %747
	%749 = getelementptr float, float* %516, i32 58
	%750 = load float, float* %749
	%751 = fmul float %138, %750
	%752 = fadd float %748, %751
	%753 = getelementptr float, float* %516, i32 59
	%754 = load float, float* %753
	%755 = fmul float %140, %754
	%756 = fadd float %752, %755
	%757 = getelementptr float, float* %516, i32 60
	%758 = load float, float* %757
	%759 = fmul float %142, %758
	%760 = fadd float %756, %759
	%761 = getelementptr float, float* %516, i32 61
	%762 = load float, float* %761
	%763 = fmul float %144, %762
	%764 = fadd float %760, %763
	%765 = getelementptr float, float* %516, i32 62
	%766 = load float, float* %765
	%767 = fmul float %146, %766
	%768 = fadd float %764, %767
	%769 = getelementptr float, float* %516, i32 63
	%770 = load float, float* %769
	%771 = fmul float %148, %770
	%772 = fadd float %768, %771
	%773 = fmul float %772, 0.125
	%774 = load float, float* %150
	%775 = fcmp ogt float %773, %774
	%776 = select i1 %775, float %773, float %774
	%777 = fsub float %774, %776
	%778 = fmul float %777, 0x3FF7154760000000
	%779 = call float @llvm.nvvm.ex2.approx.f(float %778)
	%780 = fsub float %773, %776
	%781 = fmul float %780, 0x3FF7154760000000
	%782 = call float @llvm.nvvm.ex2.approx.f(float %781)
	store float %776, float* %150
	%783 = load float, float* %151
	%784 = fmul float %783, %779
	%785 = fadd float %784, %782
	store float %785, float* %151
	%786 = mul i32 %236, 64
	%787 = getelementptr float, float* %20, i32 %786
	%788 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 0
	%789 = getelementptr float, float* %787, i32 0
	%790 = load float, float* %789
	%791 = load float, float* %788
	%792 = fmul float %791, %779
	%793 = fmul float %782, %790
	%794 = fadd float %792, %793
	store float %794, float* %788
	%795 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 1
	%796 = getelementptr float, float* %787, i32 1
	%797 = load float, float* %796
	%798 = load float, float* %795
	%799 = fmul float %798, %779
	%800 = fmul float %782, %797
	%801 = fadd float %799, %800
	store float %801, float* %795
	%802 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 2
	%803 = getelementptr float, float* %787, i32 2
	%804 = load float, float* %803
	%805 = load float, float* %802
	%806 = fmul float %805, %779
	%807 = fmul float %782, %804
	%808 = fadd float %806, %807
	store float %808, float* %802
	%809 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 3
	%810 = getelementptr float, float* %787, i32 3
	%811 = load float, float* %810
	%812 = load float, float* %809
	%813 = fmul float %812, %779
	%814 = fmul float %782, %811
	%815 = fadd float %813, %814
	store float %815, float* %809
	%816 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 4
	%817 = getelementptr float, float* %787, i32 4
	%818 = load float, float* %817
	%819 = load float, float* %816
	%820 = fmul float %819, %779
	%821 = fmul float %782, %818
	%822 = fadd float %820, %821
	store float %822, float* %816
	%823 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 5
	%824 = getelementptr float, float* %787, i32 5
	%825 = load float, float* %824
	%826 = load float, float* %823
	%827 = fmul float %826, %779
	%828 = fmul float %782, %825
	%829 = fadd float %827, %828
	store float %829, float* %823
	%830 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 6
	%831 = getelementptr float, float* %787, i32 6
	%832 = load float, float* %831
	%833 = load float, float* %830
	%834 = fmul float %833, %779
	%835 = fmul float %782, %832
	%836 = fadd float %834, %835
	store float %836, float* %830
	%837 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 7
	%838 = getelementptr float, float* %787, i32 7
	%839 = load float, float* %838
	%840 = load float, float* %837
	%841 = fmul float %840, %779
	%842 = fmul float %782, %839
	%843 = fadd float %841, %842
	store float %843, float* %837
	%844 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 8
	%845 = getelementptr float, float* %787, i32 8
	%846 = load float, float* %845
	%847 = load float, float* %844
	%848 = fmul float %847, %779
	%849 = fmul float %782, %846
	%850 = fadd float %848, %849
	store float %850, float* %844
	%851 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 9
	%852 = getelementptr float, float* %787, i32 9
	%853 = load float, float* %852
	%854 = load float, float* %851
	%855 = fmul float %854, %779
	%856 = fmul float %782, %853
	%857 = fadd float %855, %856
	store float %857, float* %851
	%858 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 10
	%859 = getelementptr float, float* %787, i32 10
	%860 = load float, float* %859
	%861 = load float, float* %858
	%862 = fmul float %861, %779
	%863 = fmul float %782, %860
	%864 = fadd float %862, %863
	store float %864, float* %858
	%865 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 11
	%866 = getelementptr float, float* %787, i32 11
	%867 = load float, float* %866
	%868 = load float, float* %865
	%869 = fmul float %868, %779
	%870 = fmul float %782, %867
	%871 = fadd float %869, %870
	store float %871, float* %865
	%872 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 12
	%873 = getelementptr float, float* %787, i32 12
	%874 = load float, float* %873
	%875 = load float, float* %872
	%876 = fmul float %875, %779
	%877 = fmul float %782, %874
	%878 = fadd float %876, %877
	store float %878, float* %872
	%879 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 13
	%880 = getelementptr float, float* %787, i32 13
	%881 = load float, float* %880
	%882 = load float, float* %879
	%883 = fmul float %882, %779
	%884 = fmul float %782, %881
	%885 = fadd float %883, %884
	store float %885, float* %879
	%886 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 14
	%887 = getelementptr float, float* %787, i32 14
	%888 = load float, float* %887
	%889 = load float, float* %886
	%890 = fmul float %889, %779
	%891 = fmul float %782, %888
	%892 = fadd float %890, %891
	store float %892, float* %886
	%893 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 15
	%894 = getelementptr float, float* %787, i32 15
	%895 = load float, float* %894
	%896 = load float, float* %893
	%897 = fmul float %896, %779
	%898 = fmul float %782, %895
	%899 = fadd float %897, %898
	store float %899, float* %893
	%900 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 16
	%901 = getelementptr float, float* %787, i32 16
	%902 = load float, float* %901
	%903 = load float, float* %900
	%904 = fmul float %903, %779
	%905 = fmul float %782, %902
	%906 = fadd float %904, %905
	store float %906, float* %900
	%907 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 17
	%908 = getelementptr float, float* %787, i32 17
	%909 = load float, float* %908
	%910 = load float, float* %907
	%911 = fmul float %910, %779
	%912 = fmul float %782, %909
	%913 = fadd float %911, %912
	store float %913, float* %907
	%914 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 18
	%915 = getelementptr float, float* %787, i32 18
	%916 = load float, float* %915
	%917 = load float, float* %914
	%918 = fmul float %917, %779
	%919 = fmul float %782, %916
	%920 = fadd float %918, %919
	store float %920, float* %914
	%921 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 19
	%922 = getelementptr float, float* %787, i32 19
	%923 = load float, float* %922
	%924 = load float, float* %921
	%925 = fmul float %924, %779
	%926 = fmul float %782, %923
	%927 = fadd float %925, %926
	store float %927, float* %921
	%928 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 20
	%929 = getelementptr float, float* %787, i32 20
	%930 = load float, float* %929
	%931 = load float, float* %928
	%932 = fmul float %931, %779
	%933 = fmul float %782, %930
	%934 = fadd float %932, %933
	store float %934, float* %928
	%935 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 21
	%936 = getelementptr float, float* %787, i32 21
	%937 = load float, float* %936
	%938 = load float, float* %935
	%939 = fmul float %938, %779
	%940 = fmul float %782, %937
	%941 = fadd float %939, %940
	store float %941, float* %935
	%942 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 22
	%943 = getelementptr float, float* %787, i32 22
	%944 = load float, float* %943
	%945 = load float, float* %942
	%946 = fmul float %945, %779
	%947 = fmul float %782, %944
	%948 = fadd float %946, %947
	store float %948, float* %942
	%949 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 23
	%950 = getelementptr float, float* %787, i32 23
	%951 = load float, float* %950
	%952 = load float, float* %949
	%953 = fmul float %952, %779
	%954 = fmul float %782, %951
	%955 = fadd float %953, %954
	store float %955, float* %949
	%956 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 24
	%957 = getelementptr float, float* %787, i32 24
	%958 = load float, float* %957
	%959 = load float, float* %956
	%960 = fmul float %959, %779
	%961 = fmul float %782, %958
	%962 = fadd float %960, %961
	store float %962, float* %956
	%963 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 25
	%964 = getelementptr float, float* %787, i32 25
	%965 = load float, float* %964
	%966 = load float, float* %963
	%967 = fmul float %966, %779
	%968 = fmul float %782, %965
	%969 = fadd float %967, %968
	store float %969, float* %963
	%970 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 26
	%971 = getelementptr float, float* %787, i32 26
	%972 = load float, float* %971
	%973 = load float, float* %970
	%974 = fmul float %973, %779
	%975 = fmul float %782, %972
	%976 = fadd float %974, %975
	store float %976, float* %970
	%977 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 27
	%978 = getelementptr float, float* %787, i32 27
	%979 = load float, float* %978
	%980 = load float, float* %977
	%981 = fmul float %980, %779
	%982 = fmul float %782, %979
	%983 = fadd float %981, %982
	store float %983, float* %977
	%984 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 28
	%985 = getelementptr float, float* %787, i32 28
	%986 = load float, float* %985
	%987 = load float, float* %984
	%988 = fmul float %987, %779
	%989 = fmul float %782, %986
	%990 = fadd float %988, %989
	store float %990, float* %984
	%991 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 29
	%992 = getelementptr float, float* %787, i32 29
	%993 = load float, float* %992
	%994 = load float, float* %991
	%995 = fmul float %994, %779
	%996 = fmul float %782, %993
	%997 = fadd float %995, %996
	store float %997, float* %991
	%998 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 30
	%999 = getelementptr float, float* %787, i32 30
	%1000 = load float, float* %999
	%1001 = load float, float* %998
	%1002 = fmul float %1001, %779
	%1003 = fmul float %782, %1000
	%1004 = fadd float %1002, %1003
	store float %1004, float* %998
	%1005 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 31
	%1006 = getelementptr float, float* %787, i32 31
	%1007 = load float, float* %1006
	%1008 = load float, float* %1005
	%1009 = fmul float %1008, %779
	%1010 = fmul float %782, %1007
	%1011 = fadd float %1009, %1010
	store float %1011, float* %1005
	%1012 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 32
	%1013 = getelementptr float, float* %787, i32 32
	%1014 = load float, float* %1013
	%1015 = load float, float* %1012
	%1016 = fmul float %1015, %779
	%1017 = fmul float %782, %1014
	%1018 = fadd float %1016, %1017
	store float %1018, float* %1012
	%1019 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 33
	%1020 = getelementptr float, float* %787, i32 33
	%1021 = load float, float* %1020
	%1022 = load float, float* %1019
	%1023 = fmul float %1022, %779
	%1024 = fmul float %782, %1021
	%1025 = fadd float %1023, %1024
	store float %1025, float* %1019
	%1026 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 34
	%1027 = getelementptr float, float* %787, i32 34
	%1028 = load float, float* %1027
	%1029 = load float, float* %1026
	%1030 = fmul float %1029, %779
	%1031 = fmul float %782, %1028
	%1032 = fadd float %1030, %1031
	store float %1032, float* %1026
	%1033 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 35
	%1034 = getelementptr float, float* %787, i32 35
	%1035 = load float, float* %1034
	%1036 = load float, float* %1033
	%1037 = fmul float %1036, %779
	%1038 = fmul float %782, %1035
	%1039 = fadd float %1037, %1038
	store float %1039, float* %1033
	%1040 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 36
	%1041 = getelementptr float, float* %787, i32 36
	%1042 = load float, float* %1041
	%1043 = load float, float* %1040
	%1044 = fmul float %1043, %779
	%1045 = fmul float %782, %1042
	%1046 = fadd float %1044, %1045
	store float %1046, float* %1040
	%1047 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 37
	%1048 = getelementptr float, float* %787, i32 37
	%1049 = load float, float* %1048
	%1050 = load float, float* %1047
	%1051 = fmul float %1050, %779
	%1052 = fmul float %782, %1049
	%1053 = fadd float %1051, %1052
	store float %1053, float* %1047
	%1054 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 38
	%1055 = getelementptr float, float* %787, i32 38
	%1056 = load float, float* %1055
	%1057 = load float, float* %1054
	%1058 = fmul float %1057, %779
	%1059 = fmul float %782, %1056
	%1060 = fadd float %1058, %1059
	store float %1060, float* %1054
	%1061 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 39
	%1062 = getelementptr float, float* %787, i32 39
	%1063 = load float, float* %1062
	%1064 = load float, float* %1061
	%1065 = fmul float %1064, %779
	%1066 = fmul float %782, %1063
	%1067 = fadd float %1065, %1066
	store float %1067, float* %1061
	%1068 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 40
	%1069 = getelementptr float, float* %787, i32 40
	%1070 = load float, float* %1069
	%1071 = load float, float* %1068
	%1072 = fmul float %1071, %779
	%1073 = fmul float %782, %1070
	%1074 = fadd float %1072, %1073
	store float %1074, float* %1068
	%1075 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 41
	%1076 = getelementptr float, float* %787, i32 41
	%1077 = load float, float* %1076
	%1078 = load float, float* %1075
	%1079 = fmul float %1078, %779
	%1080 = fmul float %782, %1077
	%1081 = fadd float %1079, %1080
	store float %1081, float* %1075
	%1082 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 42
	%1083 = getelementptr float, float* %787, i32 42
	%1084 = load float, float* %1083
	%1085 = load float, float* %1082
	%1086 = fmul float %1085, %779
	%1087 = fmul float %782, %1084
	%1088 = fadd float %1086, %1087
	store float %1088, float* %1082
	%1089 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 43
	%1090 = getelementptr float, float* %787, i32 43
	%1091 = load float, float* %1090
	%1092 = load float, float* %1089
	%1093 = fmul float %1092, %779
	%1094 = fmul float %782, %1091
	%1095 = fadd float %1093, %1094
	store float %1095, float* %1089
	%1096 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 44
	%1097 = getelementptr float, float* %787, i32 44
	%1098 = load float, float* %1097
	%1099 = load float, float* %1096
	%1100 = fmul float %1099, %779
	%1101 = fmul float %782, %1098
	%1102 = fadd float %1100, %1101
	store float %1102, float* %1096
	%1103 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 45
	%1104 = getelementptr float, float* %787, i32 45
	%1105 = load float, float* %1104
	%1106 = load float, float* %1103
	%1107 = fmul float %1106, %779
	%1108 = fmul float %782, %1105
	%1109 = fadd float %1107, %1108
	store float %1109, float* %1103
	%1110 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 46
	%1111 = getelementptr float, float* %787, i32 46
	%1112 = load float, float* %1111
	%1113 = load float, float* %1110
	%1114 = fmul float %1113, %779
	%1115 = fmul float %782, %1112
	%1116 = fadd float %1114, %1115
	store float %1116, float* %1110
	%1117 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 47
	%1118 = getelementptr float, float* %787, i32 47
	%1119 = load float, float* %1118
	%1120 = load float, float* %1117
	%1121 = fmul float %1120, %779
	%1122 = fmul float %782, %1119
	%1123 = fadd float %1121, %1122
	store float %1123, float* %1117
	%1124 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 48
	%1125 = getelementptr float, float* %787, i32 48
	%1126 = load float, float* %1125
	%1127 = load float, float* %1124
	%1128 = fmul float %1127, %779
	%1129 = fmul float %782, %1126
	%1130 = fadd float %1128, %1129
	store float %1130, float* %1124
	%1131 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 49
	%1132 = getelementptr float, float* %787, i32 49
	%1133 = load float, float* %1132
	%1134 = load float, float* %1131
	%1135 = fmul float %1134, %779
	%1136 = fmul float %782, %1133
	%1137 = fadd float %1135, %1136
	store float %1137, float* %1131
	%1138 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 50
	%1139 = getelementptr float, float* %787, i32 50
	%1140 = load float, float* %1139
	%1141 = load float, float* %1138
	%1142 = fmul float %1141, %779
	%1143 = fmul float %782, %1140
	%1144 = fadd float %1142, %1143
	store float %1144, float* %1138
	%1145 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 51
	%1146 = getelementptr float, float* %787, i32 51
	%1147 = load float, float* %1146
	%1148 = load float, float* %1145
	%1149 = fmul float %1148, %779
	%1150 = fmul float %782, %1147
	%1151 = fadd float %1149, %1150
	store float %1151, float* %1145
	%1152 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 52
	%1153 = getelementptr float, float* %787, i32 52
	%1154 = load float, float* %1153
	%1155 = load float, float* %1152
	%1156 = fmul float %1155, %779
	%1157 = fmul float %782, %1154
	%1158 = fadd float %1156, %1157
	store float %1158, float* %1152
	%1159 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 53
	%1160 = getelementptr float, float* %787, i32 53
	%1161 = load float, float* %1160
	%1162 = load float, float* %1159
	%1163 = fmul float %1162, %779
	%1164 = fmul float %782, %1161
	%1165 = fadd float %1163, %1164
	store float %1165, float* %1159
	%1166 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 54
	%1167 = getelementptr float, float* %787, i32 54
	%1168 = load float, float* %1167
	%1169 = load float, float* %1166
	%1170 = fmul float %1169, %779
	%1171 = fmul float %782, %1168
	%1172 = fadd float %1170, %1171
	store float %1172, float* %1166
	%1173 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 55
	%1174 = getelementptr float, float* %787, i32 55
	%1175 = load float, float* %1174
	%1176 = load float, float* %1173
	%1177 = fmul float %1176, %779
	%1178 = fmul float %782, %1175
	%1179 = fadd float %1177, %1178
	store float %1179, float* %1173
	%1180 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 56
	%1181 = getelementptr float, float* %787, i32 56
	%1182 = load float, float* %1181
	%1183 = load float, float* %1180
	%1184 = fmul float %1183, %779
	%1185 = fmul float %782, %1182
	%1186 = fadd float %1184, %1185
	store float %1186, float* %1180
	%1187 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 57
	%1188 = getelementptr float, float* %787, i32 57
	%1189 = load float, float* %1188
	%1190 = load float, float* %1187
	%1191 = fmul float %1190, %779
	%1192 = fmul float %782, %1189
	%1193 = fadd float %1191, %1192
	store float %1193, float* %1187
	%1194 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 58
	%1195 = getelementptr float, float* %787, i32 58
	%1196 = load float, float* %1195
	%1197 = load float, float* %1194
	%1198 = fmul float %1197, %779
	%1199 = fmul float %782, %1196
	%1200 = fadd float %1198, %1199
	store float %1200, float* %1194
	%1201 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 59
	%1202 = getelementptr float, float* %787, i32 59
	%1203 = load float, float* %1202
	%1204 = load float, float* %1201
	%1205 = fmul float %1204, %779
	%1206 = fmul float %782, %1203
	%1207 = fadd float %1205, %1206
	store float %1207, float* %1201
	%1208 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 60
	%1209 = getelementptr float, float* %787, i32 60
	%1210 = load float, float* %1209
	%1211 = load float, float* %1208
	%1212 = fmul float %1211, %779
	%1213 = fmul float %782, %1210
	%1214 = fadd float %1212, %1213
	store float %1214, float* %1208
	%1215 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 61
	%1216 = getelementptr float, float* %787, i32 61
	%1217 = load float, float* %1216
	%1218 = load float, float* %1215
	%1219 = fmul float %1218, %779
	%1220 = fmul float %782, %1217
	%1221 = fadd float %1219, %1220
	store float %1221, float* %1215
	%1222 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 62
	%1223 = getelementptr float, float* %787, i32 62
	%1224 = load float, float* %1223
	%1225 = load float, float* %1222
	%1226 = fmul float %1225, %779
	%1227 = fmul float %782, %1224
	%1228 = fadd float %1226, %1227
	store float %1228, float* %1222
	%1229 = getelementptr [64 x float], [64 x float]* %149, i32 0, i32 63
	%1230 = getelementptr float, float* %787, i32 63
	%1231 = load float, float* %1230
	%1232 = load float, float* %1229
	%1233 = fmul float %1232, %779
	%1234 = fmul float %782, %1231
	%1235 = fadd float %1233, %1234
	store float %1235, float* %1229
	br label %next
}

declare float @llvm.nvvm.ex2.approx.f(float %p0)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (float*, float*, i32*, i32, i32, i32)* @scalargather_permute0, !"maxntidx", i32 256}
!1 = !{void (i32*, i8*, i32, i32, i32, i32, i32, i32)* @scalargather_permclass0, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @scalargather_select2, !"maxntidx", i32 256}
!3 = !{void (float*, float*, i32, i32)* @scalargather_pool_q1, !"maxntidx", i32 64}
!4 = !{void (float*, float*, i32, i32, i32*, i32)* @scalargather_pool_k1, !"maxntidx", i32 64}
!5 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @scalargather_scores1, !"maxntidx", i32 256}
